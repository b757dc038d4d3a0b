'use strict';
// CLDR plural rule of "en", from make-plural.
module.exports = (n)=>{
    const s = String(n).split('.'), v0 = !s[1];
    return n == 1 && v0 ? 'one' : 'other';
};
