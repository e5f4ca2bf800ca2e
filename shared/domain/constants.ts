// Closed vocabularies of the domain. The database CHECK constraints, the zod schemas and the UI labels
// are all derived from these lists, so a value can only be added in one place.

export const SCHOOL_KINDS = ['mbo', 'hbo', 'wo'] as const;
export type SchoolKind = (typeof SCHOOL_KINDS)[number];

export const HOLIDAY_REGIONS = ['noord', 'midden', 'zuid'] as const;
export type HolidayRegion = (typeof HOLIDAY_REGIONS)[number];

export const LEVELS = ['mbo-1', 'mbo-2', 'mbo-3', 'mbo-4', 'ad', 'bachelor', 'master'] as const;
export type Level = (typeof LEVELS)[number];

export const THEMES = [
  'online_marketing_sales',
  'website_webshop',
  'data_dashboards',
  'automation_processes',
  'cyber_hygiene',
  'other',
] as const;
export type Theme = (typeof THEMES)[number];

export const WEEK_KINDS = ['teaching', 'exam', 'holiday', 'free'] as const;
export type WeekKind = (typeof WEEK_KINDS)[number];

export const DURATION_UNITS = ['days', 'weeks'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export const SBI_VERSIONS = ['SBI2008', 'SBI2025'] as const;
export type SbiVersion = (typeof SBI_VERSIONS)[number];

export const SIZE_CLASSES = ['micro', 'small'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export const INTERMEDIARY_KINDS = ['bank', 'business_association', 'municipality', 'chamber', 'other'] as const;
export type IntermediaryKind = (typeof INTERMEDIARY_KINDS)[number];

/** The request pipeline in its normal order; `rejected` and `withdrawn` end it early and need a reason. */
export const REQUEST_STATUSES = [
  'new',
  'intake_planned',
  'intake_done',
  'ready_for_matching',
  'matched',
  'running',
  'delivered',
  'evaluated',
  'closed',
  'rejected',
  'withdrawn',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const STATUSES_NEEDING_REASON: readonly RequestStatus[] = ['rejected', 'withdrawn'];

export const PRIORITIES = ['low', 'normal', 'high'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const ASSIGNMENT_STATUSES = ['planned', 'running', 'delivered', 'evaluated', 'cancelled'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const ACTIVITIES = [
  'intake',
  'matching',
  'coaching',
  'event',
  'acquisition',
  'admin',
  'reporting',
] as const;
export type Activity = (typeof ACTIVITIES)[number];

export const FUNDER_KINDS = ['rvo_subsidy', 'municipality', 'province', 'school_in_kind', 'other'] as const;
export type FunderKind = (typeof FUNDER_KINDS)[number];

export const EVENT_KINDS = ['webinar', 'masterclass'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEMO_SCALES = ['small', 'large', 'huge'] as const;
export type DemoScale = (typeof DEMO_SCALES)[number];
