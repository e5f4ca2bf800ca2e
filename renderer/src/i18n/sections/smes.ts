// Texts of the smes feature's forms and panels (owned by that feature).

const nl = {
  placeholder: '',
};

export const smes: { nl: typeof nl; en: typeof nl } = {
  nl,
  en: {
    placeholder: '',
  },
};
