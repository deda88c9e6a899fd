export const id = 65;
export const ids = [65];
export const modules = {

/***/ 3065:
/***/ ((module) => {

module.exports = eval("require")("@clack/prompts");


/***/ })

};
