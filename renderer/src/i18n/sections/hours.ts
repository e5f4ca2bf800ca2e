// Texts of staff hours, costs, budgets and their dashboards (owned by the hours feature).

const nl = {
  placeholder: '',
};

export const hours: { nl: typeof nl; en: typeof nl } = {
  nl,
  en: {
    placeholder: '',
  },
};
