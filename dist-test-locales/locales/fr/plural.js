'use strict';
// CLDR plural rule of "fr", from make-plural.
module.exports = (n, c)=>{
    const s = String(n).split('.'), i = s[0], v0 = !s[1], i1000000 = i.slice(-6);
    return n >= 0 && n < 2 ? 'one' : !c && i != 0 && i1000000 == 0 && v0 || c > 5 ? 'many' : 'other';
};
