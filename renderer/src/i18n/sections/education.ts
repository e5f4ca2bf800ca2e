// Texts of the education feature's forms and panels (owned by that feature).

const nl = {
  placeholder: '',
};

export const education: { nl: typeof nl; en: typeof nl } = {
  nl,
  en: {
    placeholder: '',
  },
};
