// Texts of the drag-and-drop planner, its panels and the suggestion review (owned by the planner feature).

const nl = {
  placeholder: '',
};

export const planning: { nl: typeof nl; en: typeof nl } = {
  nl,
  en: {
    placeholder: '',
  },
};
