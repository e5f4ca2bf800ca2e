// Texts of the requests feature's forms and panels (owned by that feature).

const nl = {
  placeholder: '',
};

export const requests: { nl: typeof nl; en: typeof nl } = {
  nl,
  en: {
    placeholder: '',
  },
};
