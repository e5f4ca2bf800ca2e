import type { Database } from 'better-sqlite3';
import {
  ACTIVITIES, ASSIGNMENT_STATUSES, DURATION_UNITS, EVENT_KINDS, FUNDER_KINDS, HOLIDAY_REGIONS,
  INTERMEDIARY_KINDS, LEVELS, PRIORITIES, REQUEST_STATUSES, SBI_VERSIONS, SCHOOL_KINDS, THEMES, WEEK_KINDS,
} from '../../../../shared/domain/constants';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const DATE = (col: string) => `CHECK (${col} IS NULL OR (length(${col}) = 10 AND date(${col}) = ${col}))`;
const WEEK = (col: string) => `CHECK (${col} GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]')`;

/** The whole domain of DESIGN.md §2. Money is integer cents, time integer minutes, dates YYYY-MM-DD text. */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

    CREATE TABLE schools (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      short_name TEXT,
      kind TEXT NOT NULL CHECK (kind IN (${list(SCHOOL_KINDS)})),
      brin TEXT NOT NULL UNIQUE CHECK (brin GLOB '[0-9][0-9][A-Z0-9][A-Z0-9]'),
      holiday_region TEXT NOT NULL CHECK (holiday_region IN (${list(HOLIDAY_REGIONS)})),
      municipality TEXT,
      contact_name TEXT,
      contact_email TEXT,
      archived_at TEXT
    );

    CREATE TABLE programmes (
      id INTEGER PRIMARY KEY,
      school_id INTEGER NOT NULL REFERENCES schools(id),
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      level TEXT NOT NULL CHECK (level IN (${list(LEVELS)})),
      crebo TEXT CHECK (crebo IS NULL OR crebo GLOB '[0-9][0-9][0-9][0-9][0-9]'),
      is_minor INTEGER NOT NULL DEFAULT 0 CHECK (is_minor IN (0, 1)),
      coaches TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(coaches)),
      archived_at TEXT
    );
    CREATE INDEX programmes_school ON programmes(school_id);

    CREATE TABLE programme_themes (
      programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
      theme TEXT NOT NULL CHECK (theme IN (${list(THEMES)})),
      PRIMARY KEY (programme_id, theme)
    ) WITHOUT ROWID;

    CREATE TABLE terms (
      id INTEGER PRIMARY KEY,
      school_id INTEGER NOT NULL REFERENCES schools(id),
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      school_year TEXT NOT NULL CHECK (school_year GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'),
      start_date TEXT NOT NULL ${DATE('start_date')},
      end_date TEXT NOT NULL ${DATE('end_date')},
      archived_at TEXT,
      CHECK (start_date <= end_date)
    );
    CREATE INDEX terms_school ON terms(school_id, start_date);

    -- One row per ISO week of a term: the school's own calendar, seeded from the regional holidays.
    CREATE TABLE term_weeks (
      term_id INTEGER NOT NULL REFERENCES terms(id) ON DELETE CASCADE,
      week TEXT NOT NULL ${WEEK('week')},
      monday TEXT NOT NULL ${DATE('monday')},
      kind TEXT NOT NULL CHECK (kind IN (${list(WEEK_KINDS)})),
      -- Set when the school fixed this week's kind itself; holiday imports then leave the week alone.
      override_kind TEXT CHECK (override_kind IS NULL OR override_kind IN (${list(WEEK_KINDS)})),
      note TEXT,
      PRIMARY KEY (term_id, week)
    ) WITHOUT ROWID;

    CREATE TABLE holidays (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      school_year TEXT NOT NULL,
      region TEXT NOT NULL CHECK (region IN (${list(HOLIDAY_REGIONS)})),
      start_date TEXT NOT NULL ${DATE('start_date')},
      end_date TEXT NOT NULL ${DATE('end_date')},
      compulsory INTEGER NOT NULL DEFAULT 1 CHECK (compulsory IN (0, 1)),
      CHECK (start_date <= end_date),
      UNIQUE (school_year, region, name)
    );
    CREATE INDEX holidays_region ON holidays(region, start_date);

    CREATE TABLE cohorts (
      id INTEGER PRIMARY KEY,
      programme_id INTEGER NOT NULL REFERENCES programmes(id),
      term_id INTEGER NOT NULL REFERENCES terms(id),
      team_count INTEGER NOT NULL CHECK (team_count BETWEEN 0 AND 500),
      students_per_team INTEGER NOT NULL CHECK (students_per_team BETWEEN 1 AND 20),
      minutes_per_student_week INTEGER NOT NULL CHECK (minutes_per_student_week BETWEEN 0 AND 3600),
      coach_name TEXT,
      archived_at TEXT,
      UNIQUE (programme_id, term_id)
    );
    CREATE INDEX cohorts_term ON cohorts(term_id);

    CREATE TABLE teams (
      id INTEGER PRIMARY KEY,
      cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
      slot INTEGER NOT NULL CHECK (slot >= 1),
      name TEXT,
      dropped_out_at TEXT ${DATE('dropped_out_at')},
      UNIQUE (cohort_id, slot)
    );

    CREATE TABLE offerings (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      theme TEXT NOT NULL CHECK (theme IN (${list(THEMES)})),
      description TEXT NOT NULL DEFAULT '',
      duration_value INTEGER NOT NULL CHECK (duration_value >= 1),
      duration_unit TEXT NOT NULL CHECK (duration_unit IN (${list(DURATION_UNITS)})),
      effort_minutes INTEGER NOT NULL CHECK (effort_minutes >= 0),
      team_size INTEGER NOT NULL CHECK (team_size BETWEEN 1 AND 20),
      archived_at TEXT
    );

    CREATE TABLE offering_levels (
      offering_id INTEGER NOT NULL REFERENCES offerings(id) ON DELETE CASCADE,
      level TEXT NOT NULL CHECK (level IN (${list(LEVELS)})),
      PRIMARY KEY (offering_id, level)
    ) WITHOUT ROWID;

    CREATE TABLE offering_programmes (
      offering_id INTEGER NOT NULL REFERENCES offerings(id) ON DELETE CASCADE,
      programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
      PRIMARY KEY (offering_id, programme_id)
    ) WITHOUT ROWID;

    CREATE TABLE offering_terms (
      offering_id INTEGER NOT NULL REFERENCES offerings(id) ON DELETE CASCADE,
      term_id INTEGER NOT NULL REFERENCES terms(id) ON DELETE CASCADE,
      PRIMARY KEY (offering_id, term_id)
    ) WITHOUT ROWID;

    CREATE TABLE intermediaries (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL CHECK (kind IN (${list(INTERMEDIARY_KINDS)})),
      contact_name TEXT,
      archived_at TEXT
    );

    CREATE TABLE smes (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      kvk TEXT NOT NULL CHECK (kvk GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
      sbi_code TEXT CHECK (sbi_code IS NULL OR (sbi_code GLOB '[0-9][0-9][0-9][0-9]' OR sbi_code GLOB '[0-9][0-9][0-9][0-9][0-9]')),
      sbi_version TEXT CHECK (sbi_version IS NULL OR sbi_version IN (${list(SBI_VERSIONS)})),
      fte REAL NOT NULL CHECK (fte >= 0 AND fte < 250),
      size_class TEXT GENERATED ALWAYS AS (CASE WHEN fte < 10 THEN 'micro' WHEN fte < 50 THEN 'small' ELSE 'other' END) VIRTUAL,
      postcode TEXT CHECK (postcode IS NULL OR postcode GLOB '[1-9][0-9][0-9][0-9] [A-Z][A-Z]'),
      municipality TEXT,
      region TEXT,
      holiday_region TEXT CHECK (holiday_region IS NULL OR holiday_region IN (${list(HOLIDAY_REGIONS)})),
      contact_name TEXT,
      contact_email TEXT,
      contact_phone TEXT,
      intermediary_id INTEGER REFERENCES intermediaries(id),
      merged_into_id INTEGER REFERENCES smes(id),
      archived_at TEXT
    );
    CREATE INDEX smes_kvk ON smes(kvk);
    CREATE INDEX smes_name_postcode ON smes(name COLLATE NOCASE, postcode);

    CREATE TABLE staff (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      role TEXT NOT NULL,
      email TEXT,
      employer TEXT,
      contract_minutes_per_week INTEGER NOT NULL CHECK (contract_minutes_per_week BETWEEN 0 AND 3600),
      archived_at TEXT
    );

    CREATE TABLE staff_rates (
      id INTEGER PRIMARY KEY,
      staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
      effective_from TEXT NOT NULL ${DATE('effective_from')},
      hourly_rate_cents INTEGER NOT NULL CHECK (hourly_rate_cents >= 0),
      UNIQUE (staff_id, effective_from)
    );

    CREATE TABLE requests (
      id INTEGER PRIMARY KEY,
      sme_id INTEGER NOT NULL REFERENCES smes(id),
      offering_id INTEGER REFERENCES offerings(id),
      question TEXT NOT NULL DEFAULT '',
      digital_maturity INTEGER CHECK (digital_maturity IS NULL OR digital_maturity BETWEEN 1 AND 10),
      goals TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(goals)),
      obstacles TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(obstacles)),
      channel TEXT,
      preferred_start TEXT ${DATE('preferred_start')},
      preferred_end TEXT ${DATE('preferred_end')},
      priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN (${list(PRIORITIES)})),
      owner_staff_id INTEGER REFERENCES staff(id),
      status TEXT NOT NULL DEFAULT 'new' CHECK (status IN (${list(REQUEST_STATUSES)})),
      status_reason TEXT,
      received_on TEXT NOT NULL ${DATE('received_on')},
      archived_at TEXT,
      CHECK (status NOT IN ('rejected', 'withdrawn') OR length(trim(coalesce(status_reason, ''))) > 0),
      CHECK (preferred_start IS NULL OR preferred_end IS NULL OR preferred_start <= preferred_end)
    );
    CREATE INDEX requests_status ON requests(status, priority);
    CREATE INDEX requests_sme ON requests(sme_id);
    CREATE INDEX requests_offering ON requests(offering_id);

    CREATE TABLE request_status_history (
      id INTEGER PRIMARY KEY,
      request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
      from_status TEXT CHECK (from_status IS NULL OR from_status IN (${list(REQUEST_STATUSES)})),
      to_status TEXT NOT NULL CHECK (to_status IN (${list(REQUEST_STATUSES)})),
      reason TEXT,
      changed_on TEXT NOT NULL ${DATE('changed_on')}
    );
    CREATE INDEX request_status_history_request ON request_status_history(request_id, changed_on);

    CREATE TABLE assignments (
      id INTEGER PRIMARY KEY,
      request_id INTEGER NOT NULL REFERENCES requests(id),
      team_id INTEGER NOT NULL REFERENCES teams(id),
      term_id INTEGER NOT NULL REFERENCES terms(id),
      start_week TEXT NOT NULL ${WEEK('start_week')},
      end_week TEXT NOT NULL ${WEEK('end_week')},
      status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN (${list(ASSIGNMENT_STATUSES)})),
      cancel_reason TEXT,
      locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
      needs_replan INTEGER NOT NULL DEFAULT 0 CHECK (needs_replan IN (0, 1)),
      CHECK (start_week <= end_week),
      CHECK (status <> 'cancelled' OR length(trim(coalesce(cancel_reason, ''))) > 0)
    );
    -- The planner reads a term's bars by team and week range; conflicts are found per team.
    CREATE INDEX assignments_team_weeks ON assignments(team_id, start_week, end_week);
    CREATE INDEX assignments_term ON assignments(term_id, status);
    CREATE INDEX assignments_request ON assignments(request_id);

    CREATE TABLE evaluations (
      id INTEGER PRIMARY KEY,
      assignment_id INTEGER NOT NULL UNIQUE REFERENCES assignments(id) ON DELETE CASCADE,
      satisfaction INTEGER NOT NULL CHECK (satisfaction BETWEEN 1 AND 10),
      would_recommend INTEGER NOT NULL CHECK (would_recommend BETWEEN 1 AND 10),
      deliverable_given INTEGER NOT NULL CHECK (deliverable_given IN (0, 1)),
      next_steps TEXT NOT NULL DEFAULT '',
      answers TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(answers)),
      evaluated_on TEXT NOT NULL ${DATE('evaluated_on')}
    );

    CREATE TABLE funders (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL CHECK (kind IN (${list(FUNDER_KINDS)})),
      archived_at TEXT
    );

    CREATE TABLE budgets (
      id INTEGER PRIMARY KEY,
      funder_id INTEGER NOT NULL REFERENCES funders(id),
      name TEXT NOT NULL,
      period_start TEXT NOT NULL ${DATE('period_start')},
      period_end TEXT NOT NULL ${DATE('period_end')},
      amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
      hours_minutes INTEGER CHECK (hours_minutes IS NULL OR hours_minutes >= 0),
      -- Share of personnel cost this funder carries, in basis points (8000 = 80 %).
      cofinancing_bp INTEGER NOT NULL DEFAULT 10000 CHECK (cofinancing_bp BETWEEN 0 AND 10000),
      CHECK (period_start <= period_end)
    );
    CREATE INDEX budgets_funder ON budgets(funder_id, period_start);

    CREATE TABLE staff_funder_shares (
      staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
      funder_id INTEGER NOT NULL REFERENCES funders(id),
      share_bp INTEGER NOT NULL CHECK (share_bp BETWEEN 0 AND 10000),
      PRIMARY KEY (staff_id, funder_id)
    ) WITHOUT ROWID;

    CREATE TABLE events (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN (${list(EVENT_KINDS)})),
      topic TEXT NOT NULL CHECK (length(trim(topic)) > 0),
      event_date TEXT NOT NULL ${DATE('event_date')},
      speakers TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(speakers)),
      capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
      location TEXT,
      archived_at TEXT
    );
    CREATE INDEX events_date ON events(event_date);

    CREATE TABLE event_attendees (
      event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      sme_id INTEGER NOT NULL REFERENCES smes(id),
      PRIMARY KEY (event_id, sme_id)
    ) WITHOUT ROWID;

    CREATE TABLE time_entries (
      id INTEGER PRIMARY KEY,
      staff_id INTEGER NOT NULL REFERENCES staff(id),
      entry_date TEXT NOT NULL ${DATE('entry_date')},
      minutes INTEGER NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
      activity TEXT NOT NULL CHECK (activity IN (${list(ACTIVITIES)})),
      request_id INTEGER REFERENCES requests(id),
      assignment_id INTEGER REFERENCES assignments(id),
      event_id INTEGER REFERENCES events(id),
      note TEXT NOT NULL DEFAULT ''
    );
    -- Timesheets read per person and week; dashboards and reports aggregate by date range.
    CREATE INDEX time_entries_staff_date ON time_entries(staff_id, entry_date);
    CREATE INDEX time_entries_date ON time_entries(entry_date, activity);
    CREATE INDEX time_entries_request ON time_entries(request_id) WHERE request_id IS NOT NULL;

    CREATE TABLE locked_months (
      month TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
      locked_at TEXT NOT NULL
    ) WITHOUT ROWID;

    -- Audit trail and basis of undo. Rows are written by triggers (see changeLog.ts), so no write can skip it.
    CREATE TABLE action_groups (
      id INTEGER PRIMARY KEY,
      label TEXT NOT NULL,
      actor TEXT NOT NULL,
      at TEXT NOT NULL,
      -- 'do' is a user action; 'undo' and 'redo' replay the log of target_group_id backwards or forwards.
      kind TEXT NOT NULL DEFAULT 'do' CHECK (kind IN ('do', 'undo', 'redo')),
      target_group_id INTEGER REFERENCES action_groups(id),
      undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
    );
    CREATE INDEX action_groups_kind ON action_groups(kind, undone);

    CREATE TABLE change_log (
      id INTEGER PRIMARY KEY,
      group_id INTEGER NOT NULL REFERENCES action_groups(id),
      entity TEXT NOT NULL,
      entity_id INTEGER,
      field TEXT,
      action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
      old_value,
      new_value
    );
    CREATE INDEX change_log_group ON change_log(group_id);
    CREATE INDEX change_log_entity ON change_log(entity, entity_id);

    -- One row: the action group the current transaction belongs to. NULL group = changes are not logged
    -- (bulk generation of demo data, migrations).
    CREATE TABLE action_context (
      singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
      group_id INTEGER
    );
    INSERT INTO action_context (singleton, group_id) VALUES (1, NULL);
  `);
}
