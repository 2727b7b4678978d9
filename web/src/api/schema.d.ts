// Generated from the api's OpenAPI document by `npm run api:types`: never edit by hand.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Checks PostgreSQL and the queue (Redis, or PostgreSQL when there is no Redis); 503 when either is down */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace of the calling key */
        get: operations["WorkspacesController_current"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the workspace defaults and sending rules (admin): quiet hours, weekdays, frequency cap, rate, auto-pause threshold, attribution window, template approval, open tracking */
        patch: operations["WorkspacesController_update"];
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys (never the keys themselves), oldest first (cursor pagination) */
        get: operations["WorkspacesController_listKeys"];
        put?: never;
        /** Create an API key (admin). The key is in the answer, once. */
        post: operations["WorkspacesController_createKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key (admin). The last admin key cannot be revoked. */
        delete: operations["WorkspacesController_revokeKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/time-zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every time zone a session, a learner or the workspace may use (those the database computes in) */
        get: operations["TimeZonesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password (public). Sets the session cookie; 5 failures per email (20 per client) in 15 minutes → 429 with Retry-After. */
        post: operations["AuthController_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person, their workspaces and roles, and the CSRF token to send with writes */
        get: operations["AuthController_session"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: the session ends and the cookie is cleared */
        post: operations["AuthController_signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change your name, language or password (a new password needs the current one and ends your other sessions) */
        patch: operations["AuthController_updateMe"];
        trace?: never;
    };
    "/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a password reset link by email (public). Always 202, whether the address has an account or not. */
        post: operations["AuthController_requestReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the token of a reset link (public; the link works once, for an hour). Ends every session of the account. */
        post: operations["AuthController_confirmReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invitation link offers (public): the workspace, the role, who invited, and whether the address already has an account */
        get: operations["AuthController_invitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation (public): `{name, password}` makes a new account, `{password}` proves an existing one. Signs in (sets the session cookie). */
        post: operations["AuthController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people of the workspace: members and pending invitations, by email */
        get: operations["UsersController_list"];
        put?: never;
        /** Invite someone with a role (admin): an email carries the link, valid 7 days; inviting again replaces the link */
        post: operations["UsersController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member from the workspace, or withdraw a pending invitation (admin); the only admin member cannot be removed */
        delete: operations["UsersController_remove"];
        options?: never;
        head?: never;
        /** Change a member's (or a pending invitation's) role (admin); the only admin member cannot be demoted, whatever admin keys remain */
        patch: operations["UsersController_changeRole"];
        trace?: never;
    };
    "/v1/learners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List learners, newest first, with filters and cursor pagination */
        get: operations["LearnersController_list"];
        put?: never;
        /** Create a learner, or update the one with the same externalId (201 when created, 200 when updated) */
        post: operations["LearnersController_upsert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/learners/facets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The values learners hold for each filterable field, with how many hold each
         * @description department, site, country, personaId and locale: most held first, at most 200 per field, empty values left out. One pass over the workspace’s learners.
         */
        get: operations["LearnersController_facets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/learners/attribute-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The attribute keys learners hold, with how many hold each and their most held values
         * @description For rule builders (`attributes.<key>`). Read from the workspace’s newest 20,000 learners that have attributes, so the cost stays bounded (about 0.1 s) however many learners the workspace has; `complete` says whether that was all of them.
         */
        get: operations["LearnersController_attributeKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/learners/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many learners match the filters of GET /v1/learners */
        get: operations["LearnersController_count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/learners/zone-problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Zones learners hold that the database does not know, with how many learners hold each
         * @description Empty when every zone is fine. Such learners are planned in the workspace zone until fixed: find them with `GET /v1/learners?timeZone=<zone>` and give them a valid zone (PATCH or import).
         */
        get: operations["LearnersController_zoneProblems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/learners/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import learners from a CSV file (upsert by externalId)
         * @description Send the file as the body with `Content-Type: text/csv`, or as the `file` part of a multipart form. Separators `,` `;` or tab are detected; a UTF-8 BOM is fine. Columns are matched by header (externalId and email required; unknown columns go to attributes). Learners are upserted by externalId in one transaction; bad rows are reported and skipped. An empty or absent locale, time zone or consent leaves an existing learner’s as it is; a new learner gets the workspace’s locale and zone, and consent as `defaultConsent` says (true unless told otherwise).
         */
        post: operations["LearnersController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/learners/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * How the import would read a CSV file: the field each header maps to, the encoding, the first rows and their problems
         * @description Same body forms and rules as `POST /v1/learners/import` (the same header mapping, encoding detection and row checks); nothing is written. Only the first rows are kept: sending the head of a large file (say its first 128 KB) is enough, even cut mid-row. `problems` lists what the import would report for those rows, with the same codes; emails held by other learners are checked by the import only.
         */
        post: operations["LearnersController_previewImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/learners/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A learner’s history, newest first: enrolments, deliveries made to them, events
         * @description Deliveries show their campaign, step, channel, status and reason; events their kind (sends are told by their delivery). Cursor-paged.
         */
        get: operations["LearnersController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/learners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a learner */
        get: operations["LearnersController_get"];
        put?: never;
        post?: never;
        /**
         * Erase a learner
         * @description Hard delete (right to erasure): the learner row goes, and its enrolments and static segment memberships with it.
         */
        delete: operations["LearnersController_remove"];
        options?: never;
        head?: never;
        /** Change some fields of a learner */
        patch: operations["LearnersController_update"];
        trace?: never;
    };
    "/v1/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List courses, newest first (filter by modality, search the title and code) */
        get: operations["CoursesController_list"];
        put?: never;
        /** Create a course (admin, planner) */
        post: operations["CoursesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a course */
        get: operations["CoursesController_get"];
        put?: never;
        post?: never;
        /** Delete a course and its sessions (admin, planner); 409 when it has enrolments, unless force=true */
        delete: operations["CoursesController_delete"];
        options?: never;
        head?: never;
        /** Change a course (admin, planner); null clears an optional field */
        patch: operations["CoursesController_update"];
        trace?: never;
    };
    "/v1/courses/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a course's sessions, soonest first, with seats taken */
        get: operations["SessionsController_list"];
        put?: never;
        /** Schedule a session of a course (admin, planner) */
        post: operations["SessionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a session */
        get: operations["SessionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Reschedule a session, or cancel it with {"status": "cancelled", "cancellationReason": "…"} (admin, planner) */
        patch: operations["SessionsController_update"];
        trace?: never;
    };
    "/v1/sessions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a session (admin, planner); cancelling again changes nothing */
        post: operations["SessionsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a session's enrolments, newest first, with each learner's summary */
        get: operations["EnrollmentsController_list"];
        put?: never;
        /**
         * Enrol (or invite, or move) a learner in a session (admin, planner)
         * @description 201 when the enrolment is created, 200 when an existing one moved or already had the status; `outcome` (created, changed, unchanged) and `previousStatus` say which.
         */
        post: operations["EnrollmentsController_enrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/enrollments/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import enrolments from CSV (admin, planner): valid rows are applied, bad rows reported */
        post: operations["EnrollmentsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}/enrollments/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a session's enrolments from CSV (admin, planner): valid rows are applied, bad rows reported */
        post: operations["EnrollmentsController_importForSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}/enrollments/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How a session's enrolment import would read a CSV file: the column each header is read as, the encoding, the first rows */
        post: operations["EnrollmentsController_previewForSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/enrollments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an enrolment */
        get: operations["EnrollmentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move an enrolment's status (admin, planner); the same status again changes nothing */
        patch: operations["EnrollmentsController_update"];
        trace?: never;
    };
    "/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List campaigns, newest first (filter by status, course, session; cursor pagination) */
        get: operations["CampaignsController_list"];
        put?: never;
        /** Create a draft communication plan, optionally with its steps (admin, planner) */
        post: operations["CampaignsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign with its steps in plan order */
        get: operations["CampaignsController_get"];
        put?: never;
        post?: never;
        /** Delete a draft campaign (cancel a launched one instead) */
        delete: operations["CampaignsController_remove"];
        options?: never;
        head?: never;
        /** Change a draft or paused campaign (course and session only before launch); while scheduled or running only the goal, sponsor and ambassadors */
        patch: operations["CampaignsController_update"];
        trace?: never;
    };
    "/v1/campaigns/{id}/clone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy a campaign (any status) onto another session of its course: a new draft with the same steps, anchors and offsets (their dates follow the new session), links and settings */
        post: operations["CampaignsController_clone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/launch-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a launch now would refuse (missing locales, steps in the past, links leading nowhere…), without launching */
        get: operations["CampaignsController_launchCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/launch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check the whole plan and schedule it; 422 CAMPAIGN.NOT_LAUNCHABLE lists every problem. The dry run's warnings come back with the campaign: they do not stop the launch */
        post: operations["CampaignsController_launch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause a scheduled or running campaign: nothing more is sent until resumed */
        post: operations["CampaignsController_pause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a paused campaign */
        post: operations["CampaignsController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel for good; deliveries not yet sending are skipped (campaign_cancelled) */
        post: operations["CampaignsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a step to a draft or paused campaign (after the last one unless a position is given) */
        post: operations["CampaignStepsController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/steps/{stepId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a step that has no deliveries yet */
        delete: operations["CampaignStepsController_remove"];
        options?: never;
        head?: never;
        /** Change a step that has no deliveries yet */
        patch: operations["CampaignStepsController_update"];
        trace?: never;
    };
    "/v1/campaigns/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dry run of the plan: each step's send time per zone, audience, channel split, who would be skipped (the frequency cap simulated across campaigns) and warnings. Sends nothing. */
        get: operations["CampaignPlanController_plan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/audience": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A few learners of the campaign's audience (or its ambassadors), searched by name, email or employee id: whom to preview a template as */
        get: operations["CampaignPlanController_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}/change-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What PATCH /v1/sessions/:id with this body would do to the campaigns on the session, without doing it: people told by email, posts corrected, steps moved or skipped (admin, planner) */
        post: operations["SessionChangeController_changePreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign's deliveries in scheduled order (filter by status, reason, channel, step, learner; cursor pagination) */
        get: operations["DeliveriesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/deliveries/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts of a campaign's deliveries by step, status and reason */
        get: operations["DeliveriesController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List segments by name */
        get: operations["SegmentsController_list"];
        put?: never;
        /** Create a segment (admin, planner). A static one freezes its members now. */
        post: operations["SegmentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/segments/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Count the learners a rule selects now, with a sample of 10 (any role: it writes nothing) */
        post: operations["SegmentsController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/segments/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fields a rule may name, with their types and operators, and the limits of a rule (the compiler's own allow-list) */
        get: operations["SegmentsController_fields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/segments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a segment */
        get: operations["SegmentsController_get"];
        put?: never;
        post?: never;
        /**
         * Delete a segment (admin, planner)
         * @description 409 `SEGMENT.IN_USE` while a scheduled, running or paused campaign uses it (included, excluded or as a step's segment), naming them in `details`. Drafts do not prevent it; their launch then asks for another segment.
         */
        delete: operations["SegmentsController_remove"];
        options?: never;
        head?: never;
        /** Change a segment (admin, planner). kind static freezes the members, dynamic drops them. */
        patch: operations["SegmentsController_update"];
        trace?: never;
    };
    "/v1/segments/{id}/freeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Freeze the learners the rule selects now as the members (admin, planner); the segment becomes static */
        post: operations["SegmentsController_freeze"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/segments/{id}/learners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The learners of a segment, newest first (a static one: its frozen members) */
        get: operations["SegmentsController_learners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/brand-kits/{id}/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload the kit’s logo: stored by Clarion, served from its own URL (`/media/…`), set as `logoUrl`
         * @description Send the image as the request body with its type (`Content-Type: image/png`…). The bytes decide what it is, not the declared type.
         */
        post: operations["BrandKitsController_uploadLogo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/brand-kits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List brand kits, oldest first (cursor pagination) */
        get: operations["BrandKitsController_list"];
        put?: never;
        /** Create a brand kit (the first one becomes the default) */
        post: operations["BrandKitsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/brand-kits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a brand kit */
        get: operations["BrandKitsController_get"];
        put?: never;
        post?: never;
        /**
         * Delete a brand kit
         * @description 409 `BRAND_KIT.IN_USE` while a scheduled, running or paused campaign uses it — by name, or as the default kit of a campaign that names none — naming them in `details`. Drafts do not prevent it; their launch then asks for another kit (or a sender). Deleting the default kit leaves the workspace without one until another kit is marked default.
         */
        delete: operations["BrandKitsController_remove"];
        options?: never;
        head?: never;
        /** Change a brand kit; every email using it is restyled */
        patch: operations["BrandKitsController_update"];
        trace?: never;
    };
    "/media/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An uploaded brand image (`/media/<id>.<ext>`), cached for a year */
        get: operations["MediaController_image"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/personas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List personas by name */
        get: operations["PersonasController_list"];
        put?: never;
        /** Create a learning persona (admin, planner) */
        post: operations["PersonasController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/personas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a persona */
        get: operations["PersonasController_get"];
        put?: never;
        post?: never;
        /** Delete a persona (admin, planner); its learners are left without one */
        delete: operations["PersonasController_remove"];
        options?: never;
        head?: never;
        /** Change a persona (admin, planner) */
        patch: operations["PersonasController_update"];
        trace?: never;
    };
    "/v1/personas/{id}/assign/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What assigning now would do, changing nothing: how many learners this persona would take, and from which personas */
        get: operations["PersonasController_assignmentPreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/personas/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give this persona to every learner its assignmentRule selects (admin, planner); 422 without a rule */
        post: operations["PersonasController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List templates, newest first (archived ones left out unless asked), each with the campaigns using it */
        get: operations["TemplatesController_list"];
        put?: never;
        /** Create a template and its version 1 (422 TEMPLATE.INVALID names each problem and its line) */
        post: operations["TemplatesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/install-starters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Install the starter library (FR and EN); installing again adds only what is missing */
        post: operations["TemplatesController_installStarters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/render": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Render content not saved yet, as the editor shows it while one types
         * @description The problems a save would refuse come back as `errors` (with their place and line), with a 200: a draft with problems is normal while typing. Without problems, the rendering, with the same options as a preview (learner, campaign, persona, brand kit, locale).
         */
        post: operations["TemplatesController_render"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/vocabulary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The variables, helpers and partials a template of a channel may use
         * @description Read from the rules a save is checked against, so an editor can offer them as one types (completion, descriptions) without a list of its own.
         */
        get: operations["TemplatesController_vocabulary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A template with its versions and their review state, the content of the latest, and its review history */
        get: operations["TemplatesController_get"];
        put?: never;
        post?: never;
        /**
         * Delete a template and all its versions
         * @description 409 `TEMPLATE.IN_USE` while a scheduled, running or paused campaign pins one of its versions (in a step or an A/B variant), naming them in `details`. Drafts do not prevent it; their launch then asks for another template version.
         */
        delete: operations["TemplatesController_remove"];
        options?: never;
        head?: never;
        /** Rename a template, or change its description, purpose or phase (its versions are untouched) */
        patch: operations["TemplatesController_update"];
        trace?: never;
    };
    "/v1/templates/{id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new template with the latest content of this one (its review starts over) */
        post: operations["TemplatesController_duplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a template: hidden from the library, kept with its versions; campaigns using it keep sending */
        post: operations["TemplatesController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{id}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring an archived template back to the library */
        post: operations["TemplatesController_unarchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Save the whole content as a new version; published versions never change */
        post: operations["TemplatesController_addVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version with its content and review state */
        get: operations["TemplatesController_getVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{id}/versions/{version}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Save an earlier version’s content as the next version (its review starts over) */
        post: operations["TemplatesController_restoreVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{id}/versions/{version}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a version for review (a draft, or one sent back for changes) */
        post: operations["TemplatesController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{id}/versions/{version}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a version in review (planners and admins): steps may then pin it */
        post: operations["TemplatesController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{id}/versions/{version}/request-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a version in review back to its editor with a comment saying what to change (planners and admins) */
        post: operations["TemplatesController_requestChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Render a version for a learner, a persona’s sample or sample data: subject, HTML, text; payloads for posts */
        post: operations["TemplatesController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{id}/test-send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the rendered email as a test (subject prefixed [TEST], header X-Clarion-Test: 1), through the worker
         * @description The worker sends it through the same path as campaign mail (the workspace’s send rate, its suppressions); the answer says, per recipient, whether it was sent, suppressed or refused, and where it went (the SMTP server or the outbox). When no worker answers within TEST_SEND_WAIT_MS, the status is `queued`: ask again with GET /v1/test-sends/:id.
         */
        post: operations["TemplatesController_testSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/test-sends/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A test send (POST /v1/templates/:id/test-send): queued, or what happened to each recipient and where the emails went */
        get: operations["TestSendsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/t/o/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open pixel: always a 1×1 GIF, whatever the token (its validity is never revealed) */
        get: operations["TrackingController_open"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/t/c/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Click: 302 to the URL recorded for the delivery at send time (with UTM), or 404 */
        get: operations["TrackingController_click"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/t/s/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ambassador share link: 302 to the course's enrol link with a `ref` that credits the ambassador */
        get: operations["TrackingController_share"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/u/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Preference page (HTML, French or English). Reading it never unsubscribes. */
        get: operations["TrackingController_preferences"];
        put?: never;
        /** RFC 8058 one-click unsubscribe (`List-Unsubscribe=One-Click`, or an empty body), or the preference form (`action=unsubscribe|resubscribe`) */
        post: operations["TrackingController_changePreference"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/network-channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List network channels by name (URL preview only, never the URL or secret) */
        get: operations["NetworkChannelsController_list"];
        put?: never;
        /** Connect a Slack, Teams or signed-webhook channel (admin). URL and secret are stored encrypted. */
        post: operations["NetworkChannelsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/network-channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A network channel */
        get: operations["NetworkChannelsController_get"];
        put?: never;
        post?: never;
        /**
         * Delete a network channel (admin)
         * @description 409 `NETWORK_CHANNEL.IN_USE` while a scheduled, running or paused campaign posts to it, naming them in `details`. Drafts do not prevent it; their launch then reports the channel as gone.
         */
        delete: operations["NetworkChannelsController_remove"];
        options?: never;
        head?: never;
        /** Rename, enable or disable a channel, or replace its URL or secret (admin) */
        patch: operations["NetworkChannelsController_update"];
        trace?: never;
    };
    "/v1/network-channels/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a harmless test post now (admin) and report the outcome: sent, transient or permanent */
        post: operations["NetworkChannelsController_sendTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The shared comms calendar: every step of every campaign by day, its volume, collisions and blackouts
         * @description Days are the workspace's. Each step appears on the days its deliveries land (sent ones when sent, others when scheduled) with the planned and sent counts; a step not planned yet (deliveries are written about a day and a half ahead) on its expected day, without volume. Draft campaigns are left out: they schedule nothing. A collision is a day on which learners would get more than `threshold` messages (default 1), all campaigns together, with how many, up to ten of them, and which steps.
         */
        get: operations["CalendarController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blackout-dates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Blackout dates in date order, optionally those overlapping from…to (at most 1,000) */
        get: operations["BlackoutDatesController_list"];
        put?: never;
        /**
         * Add a blackout (planner, admin): a day or a run of days on which nothing but service messages (practical information, change notices…) goes out
         * @description For the whole workspace, learners of one `country`, or of one `site`. The send window treats the days like quiet hours, in each learner's own zone: a send that would land on one moves to the next allowed moment, including sends already planned.
         */
        post: operations["BlackoutDatesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blackout-dates/presets/fr-public-holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add the French public holidays of a year (planner, admin)
         * @description The eleven public holidays of metropolitan France, for learners whose country is FR (or everyone with `wholeWorkspace`), named in the workspace's language. Holidays already there are skipped.
         */
        post: operations["BlackoutDatesController_addFrenchHolidays"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blackout-dates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a blackout (planner, admin) */
        delete: operations["BlackoutDatesController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Funnel, rates, breakdowns, daily series, A/B verdicts, ROI and ambassador leaderboard of a campaign */
        get: operations["AnalyticsController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/report.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report as CSV (UTF-8 with BOM): the funnel breakdowns one row per group (rates as percentages, one decimal), then the A/B tests, the ROI, the ambassador leaderboard (days shared, clicks), the poster's scans and the network posts, each after a blank line with its own header. `locale=fr` writes French headers and words, `;` and decimal commas (French Excel), `locale=en` English, `,` and decimal points; by default, the workspace language's */
        get: operations["AnalyticsController_reportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/report/learners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The learners behind a figure of the report, in name order: at `stage` (and not at `notStage`), in the whole campaign or one breakdown group (`dimension` and `key`). Without notStage, `total` is the report’s figure. E.g. who clicked but did not enrol: `stage=clicked&notStage=enrolled`; enrolled but never started: `stage=enrolled&notStage=started` */
        get: operations["AnalyticsController_reportLearners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/report/learners.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same list as CSV (UTF-8 with BOM, CRLF), every matching learner, streamed: names, email, external id, department, site, persona, stages, and the moments (local time of the workspace). `locale=fr` writes French headers and stage names and `;` (French Excel), `locale=en` English and `,`; by default the workspace language’s */
        get: operations["AnalyticsController_reportLearnersCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/report/learners/segment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retarget: a static segment of exactly the learners the list names now, made in one transaction (admin, planner); use it in a follow-up step */
        post: operations["AnalyticsController_retarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cost inputs of the ROI, as last entered, and the cost they make */
        get: operations["AnalyticsController_costs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set the cost inputs of the ROI (admin, planner): a field left out is kept, null clears it */
        patch: operations["AnalyticsController_updateCosts"];
        trace?: never;
    };
    "/v1/lms/webhook-secrets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the signing secrets (prefixes only), oldest first (cursor pagination) */
        get: operations["LmsWebhookSecretsController_list"];
        put?: never;
        /** Create a signing secret for LMS webhooks (admin; at most two active). The secret is in the answer, once. */
        post: operations["LmsWebhookSecretsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lms/webhook-secrets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a signing secret (admin): requests signed with it are refused from now on */
        delete: operations["LmsWebhookSecretsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lms/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive enrolled / started / completed / dropped events (one object or an array), signed like Stripe webhooks
         * @description Deduplicated by event id: a replay answers 200 with `duplicate: true`. A single event that names an unknown learner or session is a 422; in an array, such events are reported `rejected` one by one and the others applied.
         */
        post: operations["LmsEventsController_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xapi/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store xAPI statements (planner, admin): registered, launched/attempted, completed/passed update enrolments
         * @description Answers like an LRS: the array of statement ids. A statement id seen before is accepted and not applied again.
         */
        post: operations["XapiStatementsController_store"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ambassador-pages/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ambassador’s page: talking points rendered for them, short link and QR code, their clicks and enrolments, the public leaderboard */
        get: operations["AmbassadorPagesController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ambassador-pages/{token}/brand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whose brand a page link wears, even revoked or replaced: the workspace’s name and brand kit, for the page that says the link no longer opens and what to do */
        get: operations["AmbassadorPagesController_brand"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ambassador-pages/{token}/shared": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** "I shared it": records the relay once per ambassador, campaign and day (a repeat the same day records nothing) */
        post: operations["AmbassadorPagesController_shared"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ambassador-pages/{token}/leaderboard-opt-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The ambassador keeps their name off (or back on) the leaderboard other ambassadors see; the DLM’s report is unchanged */
        post: operations["AmbassadorPagesController_optOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/s/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Short link: records a click (channel ambassador or poster, no learner) and redirects (302) to the tracked enrol URL */
        get: operations["ShortLinksController_follow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/s/{code}/qr.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** QR code of a short link (SVG, for screens and print) */
        get: operations["ShortLinksController_qrSvg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/s/{code}/qr.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** QR code of a short link (PNG, 600 px) */
        get: operations["ShortLinksController_qrPng"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/ambassadors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign’s ambassadors with the state of their personal page link (live, revoked, never issued) and their short link */
        get: operations["CampaignAmbassadorsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/ambassadors/{learnerId}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue the ambassador a new page link (admin, planner); a live one is revoked first */
        post: operations["CampaignAmbassadorsController_issue"];
        /** Revoke the ambassador’s page link (admin, planner): it then answers 404. Their short link keeps working for what they already shared */
        delete: operations["CampaignAmbassadorsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/poster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the campaign’s printable A4 poster shows, in the language asked: course, session (dates in the session’s zone, named), enrolment deadline, brand, and the poster’s short link (issued on first call) with its QR code */
        get: operations["CampaignAmbassadorsController_poster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        DependencyHealth: {
            /** @enum {string} */
            status: "up" | "down";
            /** @example 2 */
            latencyMs: number;
            error?: string;
        };
        QueueHealth: {
            /** @enum {string} */
            status: "up" | "down";
            /** @example 2 */
            latencyMs: number;
            error?: string;
            /**
             * @description Where the queue runs: Redis, or the `bullmq` schema of Clarion's PostgreSQL database when there is no Redis
             * @enum {string}
             */
            backend: "redis" | "postgres";
        };
        HealthReport: {
            /** @enum {string} */
            status: "ok" | "degraded";
            postgres: components["schemas"]["DependencyHealth"];
            queue: components["schemas"]["QueueHealth"];
            /** @description Present when the queue runs on Redis */
            redis?: components["schemas"]["DependencyHealth"];
        };
        QuietHoursDto: {
            /**
             * @description Local time (HH:MM) in each learner's zone
             * @example 20:00
             */
            start: string;
            /**
             * @description May be earlier than start: quiet hours then wrap midnight
             * @example 08:00
             */
            end: string;
        };
        WorkspaceDto: {
            /** Format: uuid */
            id: string;
            /** @example Acme Learning */
            name: string;
            /** @example acme-learning */
            slug: string;
            /** @example fr */
            defaultLocale: string;
            /** @example Europe/Paris */
            timeZone: string;
            quietHours: components["schemas"]["QuietHoursDto"] | null;
            /**
             * @example [
             *       "mon",
             *       "tue",
             *       "wed",
             *       "thu",
             *       "fri"
             *     ]
             */
            allowedWeekdays: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
            /** @example 5 */
            frequencyCap: number;
            /** @example 50 */
            emailRatePerSecond: number;
            /** @example 0.2 */
            failurePauseThreshold: number;
            /** @example 14 */
            attributionWindowDays: number;
            /**
             * @description Template versions need a planner’s or an admin’s approval before a step uses them
             * @example true
             */
            templateApproval: boolean;
            /**
             * @description How email opens are kept. `per_learner`: who opened which message (the report, the segments’ `engagement.opened` and the learner timeline use it). `aggregate`: the open pixel only counts opens per step, variant and day, storing nothing that names the learner or the delivery — as the CNIL’s 2025 draft recommendation on tracking pixels expects when learners have not consented to per-person open tracking. Opens recorded before a switch stay as they were.
             * @example per_learner
             * @enum {string}
             */
            openTracking: "per_learner" | "aggregate";
            /** Format: date-time */
            createdAt: string;
        };
        UpdateWorkspaceDto: {
            /** @example Acme Learning */
            name?: string;
            /**
             * @description Locale used when a learner's own is not available
             * @example fr-FR
             */
            defaultLocale?: string;
            /**
             * @description An IANA zone PostgreSQL knows (any case; stored canonically)
             * @example Europe/Paris
             */
            timeZone?: string;
            /** @description null: no quiet hours */
            quietHours?: components["schemas"]["QuietHoursDto"] | null;
            /**
             * @example [
             *       "mon",
             *       "tue",
             *       "wed",
             *       "thu",
             *       "fri"
             *     ]
             */
            allowedWeekdays?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
            /**
             * @description Promotional messages per learner per rolling 7 days; 0 = no cap
             * @example 5
             */
            frequencyCap?: number;
            /**
             * @description Emails per second for this workspace, across all workers
             * @example 50
             */
            emailRatePerSecond?: number;
            /**
             * @description A campaign pauses itself when more than this share of its deliveries fail
             * @example 0.2
             */
            failurePauseThreshold?: number;
            /** @example 14 */
            attributionWindowDays?: number;
            /**
             * @description Whether template versions need a planner’s or an admin’s approval before a step uses them (on for new workspaces). While it is off, steps may pin any version, and versions saved are recorded as approved.
             * @example true
             */
            templateApproval?: boolean;
            /**
             * @description How email opens are kept. `per_learner`: who opened which message (the report, the segments’ `engagement.opened` and the learner timeline use it). `aggregate`: the open pixel only counts opens per step, variant and day, storing nothing that names the learner or the delivery — as the CNIL’s 2025 draft recommendation on tracking pixels expects when learners have not consented to per-person open tracking. Opens recorded before a switch stay as they were.
             * @example aggregate
             * @enum {string}
             */
            openTracking?: "per_learner" | "aggregate";
        };
        ApiKeyDto: {
            /** Format: uuid */
            id: string;
            /** @example Comms team */
            name: string;
            /** @enum {string} */
            role: "admin" | "planner" | "editor" | "viewer";
            /**
             * @description First characters of the key, to recognise it
             * @example clk_3fa85f64
             */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt?: string | null;
            /** Format: date-time */
            revokedAt?: string | null;
        };
        ApiKeyPageDto: {
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
            items: components["schemas"]["ApiKeyDto"][];
        };
        CreateApiKeyDto: {
            /** @example Comms team */
            name: string;
            /**
             * @example editor
             * @enum {string}
             */
            role: "admin" | "planner" | "editor" | "viewer";
        };
        CreatedApiKeyDto: {
            /** Format: uuid */
            id: string;
            /** @example Comms team */
            name: string;
            /** @enum {string} */
            role: "admin" | "planner" | "editor" | "viewer";
            /**
             * @description First characters of the key, to recognise it
             * @example clk_3fa85f64
             */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt?: string | null;
            /** Format: date-time */
            revokedAt?: string | null;
            /**
             * @description The key itself. Shown once: store it now.
             * @example clk_3fa85f64_Jx…
             */
            key: string;
        };
        ErrorDetailDto: {
            /**
             * @description Where the problem is: a JSON path into the input, a parameter or header name, or `row 12` in a CSV file
             * @example rule.all[1].field
             */
            path: string;
            /** @example unknown field "departement" */
            message: string;
            /**
             * @description What is wrong as a stable code (FIELD.*), to translate by; the message is the fallback
             * @example FIELD.UNKNOWN
             */
            code?: string;
            /**
             * @description The values the code's text is made of, for a client that says the problem in its reader's language (SOURCE.UNKNOWN_VARIABLE: name, suggestion, line; LAUNCH.MISSING_LOCALE: language, count, recipients)
             * @example {
             *       "name": "learner.fristName",
             *       "suggestion": "learner.firstName",
             *       "line": 3
             *     }
             */
            params?: {
                [key: string]: string | number;
            };
        };
        ErrorBodyDto: {
            /**
             * @description Stable machine code: MODULE.REASON
             * @example SEGMENT.UNKNOWN_FIELD
             */
            code: string;
            /**
             * @description For people; may change between releases
             * @example The rule names a field that does not exist
             */
            message: string;
            /** @description One entry per problem found (empty when the message says it all) */
            details: components["schemas"]["ErrorDetailDto"][];
        };
        ErrorEnvelopeDto: {
            error: components["schemas"]["ErrorBodyDto"];
            /**
             * @description Also sent as the X-Correlation-Id header; quote it when reporting a problem
             * @example 0f8fad5b-d9cb-469f-a165-70867728950e
             */
            correlationId: string;
        };
        TimeZonesDto: {
            /**
             * @description IANA names, aliases included, sorted
             * @example [
             *       "America/Montreal",
             *       "America/Toronto",
             *       "Europe/Paris"
             *     ]
             */
            zones: string[];
        };
        SignInDto: {
            /** @example dlm@acme.example */
            email: string;
            /**
             * Format: password
             * @example correct horse battery staple
             */
            password: string;
        };
        SessionUserDto: {
            /** Format: uuid */
            id: string;
            /** @example dlm@acme.example */
            email: string;
            /** @example Camille Durand */
            name: string;
            /**
             * @description The person's chosen language; null while they never chose one (the console follows the browser)
             * @example fr
             * @enum {string|null}
             */
            locale: "fr" | "en" | null;
        };
        SessionWorkspaceDto: {
            /**
             * Format: uuid
             * @description Send it as X-Clarion-Workspace to act in this workspace
             */
            id: string;
            /** @example Acme Learning */
            name: string;
            /** @example acme-learning */
            slug: string;
            /**
             * @example planner
             * @enum {string}
             */
            role: "admin" | "planner" | "editor" | "viewer";
        };
        AuthSessionDto: {
            user: components["schemas"]["SessionUserDto"];
            /** @description The workspaces the person is a member of, with their role in each */
            workspaces: components["schemas"]["SessionWorkspaceDto"][];
            /**
             * @description Send it as X-CSRF-Token on every write made with the session cookie
             * @example b2l0Q3NyZlRva2VuRXhhbXBsZVZhbHVlMTIzNDU2Nzg5
             */
            csrfToken: string;
        };
        UpdateMeDto: {
            /** @example Camille Durand */
            name?: string;
            /**
             * @example fr
             * @enum {string}
             */
            locale?: "fr" | "en";
            /**
             * Format: password
             * @description Required with newPassword
             */
            currentPassword?: string;
            /**
             * Format: password
             * @description Ends your other sessions
             */
            newPassword?: string;
        };
        PasswordResetRequestDto: {
            /** @example dlm@acme.example */
            email: string;
        };
        PasswordResetRequestedDto: {
            /** @example If an account uses this address, a reset link is on its way; it is valid for one hour. */
            message: string;
        };
        PasswordResetConfirmDto: {
            /**
             * @description The token of the reset link
             * @example Jx3v…
             */
            token: string;
            /**
             * Format: password
             * @example a long passphrase of mine
             */
            password: string;
        };
        InvitationWorkspaceDto: {
            /** Format: uuid */
            id: string;
            /** @example Acme Learning */
            name: string;
        };
        InvitationDto: {
            /** @example new.planner@acme.example */
            email: string;
            workspace: components["schemas"]["InvitationWorkspaceDto"];
            /**
             * @example planner
             * @enum {string}
             */
            role: "admin" | "planner" | "editor" | "viewer";
            /**
             * @description Who invited: a person; else the name of the API key used; else (the command line) the workspace
             * @example Camille Durand
             */
            invitedBy: string;
            /**
             * Format: date-time
             * @example 2030-05-14T09:00:00.000Z
             */
            expiresAt: string;
            /**
             * @description True: accept with the existing account's password; false: choose a name and a password
             * @example false
             */
            accountExists: boolean;
            /**
             * @description The name suggested by whoever invited, to prefill a new account
             * @example Alex Martin
             */
            suggestedName: string | null;
            /**
             * @description The invitation's language, that of its email: an existing account's, else the one chosen when inviting, else the workspace's default. A new account gets it unless changed.
             * @example fr
             * @enum {string}
             */
            locale: "fr" | "en";
        };
        AcceptInvitationDto: {
            /**
             * @description Required for a new account (unless the invitation suggests one); ignored for an existing one
             * @example Alex Martin
             */
            name?: string;
            /**
             * Format: password
             * @description A new account's password (10 to 200 characters), or the existing account's
             * @example a long passphrase of mine
             */
            password: string;
        };
        PersonDto: {
            /**
             * Format: uuid
             * @description The user id of a member, or the invitation id of a pending invitation
             */
            id: string;
            /** @example alex.martin@acme.example */
            email: string;
            /** @example Alex Martin */
            name: string | null;
            /**
             * @example editor
             * @enum {string}
             */
            role: "admin" | "planner" | "editor" | "viewer";
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "invited";
            /**
             * Format: date-time
             * @description When invited (a member: when they joined)
             */
            invitedAt: string | null;
            /** Format: date-time */
            lastSignInAt: string | null;
        };
        PeoplePageDto: {
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
            items: components["schemas"]["PersonDto"][];
        };
        InviteUserDto: {
            /** @example alex.martin@acme.example */
            email: string;
            /**
             * @example editor
             * @enum {string}
             */
            role: "admin" | "planner" | "editor" | "viewer";
            /**
             * @description Suggested name for a new account
             * @example Alex Martin
             */
            name?: string;
            /**
             * @description Language of the invitation email and of a new account (default: the account's, else the workspace's)
             * @example fr
             * @enum {string}
             */
            locale?: "fr" | "en";
        };
        ChangeRoleDto: {
            /**
             * @example planner
             * @enum {string}
             */
            role: "admin" | "planner" | "editor" | "viewer";
        };
        CreateLearnerDto: {
            /**
             * @description The HR system's id, unique per workspace: the key of the upsert
             * @example E-10042
             */
            externalId: string;
            /**
             * @description Trimmed and lower-cased; unique per workspace
             * @example jeanne.dupont@acme.fr
             */
            email: string;
            /** @example Jeanne */
            firstName?: string | null;
            /** @example Dupont */
            lastName?: string | null;
            /**
             * @description BCP 47 tag, canonicalised (fr-fr → fr-FR); the workspace's default locale when absent
             * @example fr-FR
             */
            locale?: string;
            /**
             * @description IANA time zone PostgreSQL knows (any case; stored canonically); the workspace's time zone when absent
             * @example Europe/Paris
             */
            timeZone?: string;
            /** @example Sales */
            department?: string | null;
            /** @example Account manager */
            jobTitle?: string | null;
            /** @example Lyon */
            site?: string | null;
            /**
             * @description ISO 3166-1 alpha-2, upper-cased
             * @example FR
             */
            country?: string | null;
            /**
             * @description The manager's external id
             * @example E-10001
             */
            managerExternalId?: string | null;
            /**
             * Format: date
             * @example 2021-03-15
             */
            hireDate?: string | null;
            /**
             * @description Flat object of string, number, boolean or null values (keys: letters, digits, "_" or "-"); replaces the stored attributes
             * @example {
             *       "cost_center": "CC-210",
             *       "grade": "B2",
             *       "remote": true
             *     }
             */
            attributes?: {
                [key: string]: (string | null) | number | boolean;
            };
            /**
             * Format: uuid
             * @description A persona of the same workspace
             */
            personaId?: string | null;
            /**
             * @description Handle on the internal social network
             * @example @jdupont
             */
            networkHandle?: string | null;
            /**
             * @description May receive email; true when absent on creation
             * @example true
             */
            consentEmail?: boolean;
            /**
             * @description May be mentioned or messaged on the internal network; true when absent on creation
             * @example true
             */
            consentNetwork?: boolean;
        };
        LearnerDto: {
            /** Format: uuid */
            id: string;
            /** @example E-10042 */
            externalId: string;
            /** @example jeanne.dupont@acme.fr */
            email: string;
            /** @example Jeanne */
            firstName: string | null;
            /** @example Dupont */
            lastName: string | null;
            /** @example fr-FR */
            locale: string;
            /** @example Europe/Paris */
            timeZone: string;
            /** @example Sales */
            department: string | null;
            /** @example Account manager */
            jobTitle: string | null;
            /** @example Lyon */
            site: string | null;
            /** @example FR */
            country: string | null;
            /** @example E-10001 */
            managerExternalId: string | null;
            /**
             * Format: date
             * @example 2021-03-15
             */
            hireDate: string | null;
            /**
             * @example {
             *       "cost_center": "CC-210",
             *       "grade": "B2"
             *     }
             */
            attributes: {
                [key: string]: (string | null) | number | boolean;
            };
            /** Format: uuid */
            personaId: string | null;
            /** @example @jdupont */
            networkHandle: string | null;
            /** @example true */
            consentEmail: boolean;
            /** @example true */
            consentNetwork: boolean;
            /**
             * Format: date-time
             * @description When the learner unsubscribed from promotional email
             */
            unsubscribedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        LearnerPageDto: {
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
            items: components["schemas"]["LearnerDto"][];
        };
        FacetValueDto: {
            /**
             * @description The value as stored: pass it as the filter of the same name to GET /v1/learners
             * @example Sales
             */
            value: string;
            /**
             * @description Learners holding it
             * @example 1240
             */
            count?: number;
            /**
             * @description What to show for it (personas: the persona’s name)
             * @example Curious newcomer
             */
            label?: string;
        };
        LearnerFacetsDto: {
            department: components["schemas"]["FacetValueDto"][];
            site: components["schemas"]["FacetValueDto"][];
            /** @description ISO 3166-1 alpha-2 codes */
            country: components["schemas"]["FacetValueDto"][];
            /** @description The workspace’s personas by name: id as value, name as label, learners holding it as count */
            personaId: components["schemas"]["FacetValueDto"][];
            /** @description BCP 47 tags */
            locale: components["schemas"]["FacetValueDto"][];
        };
        AttributeValueExampleDto: {
            /**
             * @description The value as text (JSON numbers and booleans written out; at most 200 characters)
             * @example 2
             */
            value: string;
            /**
             * @description Learners of the sample holding it
             * @example 4120
             */
            count: number;
        };
        AttributeKeyDto: {
            /**
             * @description Use it in a rule as `attributes.<key>`
             * @example manager_level
             */
            key: string;
            /**
             * @description Learners of the sample holding the key
             * @example 18230
             */
            count: number;
            /**
             * @description Different values the sample holds for it
             * @example 4
             */
            distinctValues: number;
            /** @description Its most held values, at most 5 */
            examples: components["schemas"]["AttributeValueExampleDto"][];
        };
        AttributeKeysDto: {
            /** @description Most held first, at most 200; only keys a rule can name (keyPattern of GET /v1/segments/fields) */
            keys: components["schemas"]["AttributeKeyDto"][];
            /**
             * @description Learners read: the newest of the workspace that have attributes, at most 20,000
             * @example 20000
             */
            sampledLearners: number;
            /**
             * @description True when every learner with attributes was read; else counts are the sample’s and a key only older learners hold may be missing
             * @example false
             */
            complete: boolean;
        };
        LearnerCountDto: {
            /**
             * @description Learners matching the filters
             * @example 98412
             */
            count: number;
        };
        ZoneProblemDto: {
            /**
             * @description The zone as stored
             * @example US/Pacific-New
             */
            zone: string;
            /**
             * @description How many learners of the workspace hold it
             * @example 12
             */
            count: number;
        };
        ImportRowErrorDto: {
            /**
             * @description Spreadsheet row number: the header is row 1
             * @example 7
             */
            row: number;
            /**
             * @description The column, as written in the file’s header
             * @example hire_date
             */
            field: string;
            /**
             * @description What is wrong, quoting the cell as written
             * @example "31/02/2024" is not a date (YYYY-MM-DD or DD/MM/YYYY)
             */
            message: string;
            /**
             * @description What is wrong as a stable code (FIELD.* or ROW.*), to translate by; the message is the fallback.
             * @example FIELD.INVALID_DATE
             */
            code?: string;
            /**
             * @description The cell as written in the file, when one is at fault
             * @example 31/02/2024
             */
            value?: string;
        };
        CsvEncodingDto: {
            /**
             * @description The encoding the file was read with: utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1 or iso-8859-15
             * @example windows-1252
             */
            used: string;
            /**
             * @description The charset the request declared (Content-Type of the body or of the multipart part), if any
             * @example null
             */
            declared: string | null;
            /**
             * @description Set when no charset was declared and the file was not UTF-8: the encoding it was then read as
             * @example windows-1252
             */
            detected: string | null;
            /** @example The file is not UTF-8: it was read as Windows-1252 (what Excel saves as "CSV (separator: semicolon)") */
            note: string | null;
        };
        ImportResultDto: {
            /**
             * @description Learners created
             * @example 120
             */
            created: number;
            /**
             * @description Existing learners (same externalId) whose values changed
             * @example 14
             */
            updated: number;
            /**
             * @description Existing learners the file did not change
             * @example 860
             */
            unchanged: number;
            /**
             * @description Rows not imported; each has at least one entry in errors
             * @example 2
             */
            failed: number;
            /** @description At most 1,000 entries, by row */
            errors: components["schemas"]["ImportRowErrorDto"][];
            /**
             * @description True when errors was cut at 1,000 entries
             * @example false
             */
            errorsTruncated: boolean;
            encoding: components["schemas"]["CsvEncodingDto"];
        };
        PreviewColumnDto: {
            /**
             * @description Position in the header, from 0
             * @example 0
             */
            index: number;
            /**
             * @description The header as written
             * @example Prénom
             */
            header: string;
            /**
             * @description The learner field it fills (`persona`: a persona name)
             * @example firstName
             * @enum {string|null}
             */
            field: "externalId" | "email" | "firstName" | "lastName" | "locale" | "timeZone" | "department" | "jobTitle" | "site" | "country" | "managerExternalId" | "hireDate" | "persona" | "networkHandle" | "consentEmail" | "consentNetwork" | null;
            /**
             * @description The attribute key it fills, when it is no learner field
             * @example null
             */
            attribute: string | null;
            /**
             * @description Why it is not read: it has no header, or another column already fills its field or key
             * @example null
             * @enum {string|null}
             */
            ignored: "no_header" | "ambiguous" | null;
            /**
             * @description For an `ambiguous` column: the index of the column that fills the same field or attribute first
             * @example null
             */
            collidesWith: number | null;
        };
        PreviewRowDto: {
            /**
             * @description Spreadsheet row number: the header is row 1
             * @example 2
             */
            row: number;
            /**
             * @description The cells as read, in header order
             * @example [
             *       "E-1",
             *       "Jeanne",
             *       "Lefèvre"
             *     ]
             */
            cells: string[];
        };
        ImportPreviewDto: {
            encoding: components["schemas"]["CsvEncodingDto"];
            /**
             * @description The separator detected: `,`, `;` or a tab
             * @example ;
             */
            delimiter: string;
            columns: components["schemas"]["PreviewColumnDto"][];
            /** @description Required columns the header lacks (`path`: the field; code IMPORT.MISSING_COLUMN): the import would refuse the file */
            missing: components["schemas"]["ErrorDetailDto"][];
            /** @description Columns that collide (`path`: the header; code IMPORT.AMBIGUOUS_COLUMN): the import would refuse the file */
            ambiguous: components["schemas"]["ErrorDetailDto"][];
            /** @description The first rows (at most 5), as read */
            rows: components["schemas"]["PreviewRowDto"][];
            /** @description What the import would report for the rows shown, as in its `errors` (same checks and codes; the cell as written in `value`). Empty when the file would be refused as a whole (missing or colliding columns). */
            problems: components["schemas"]["ImportRowErrorDto"][];
        };
        TimelineRefDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description Its name or title; null once it was deleted
             * @example Leadership 101 — launch
             */
            name: string | null;
        };
        TimelineSessionDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description Its name or title; null once it was deleted
             * @example Leadership 101 — launch
             */
            name: string | null;
            /** Format: date-time */
            startsAt: string | null;
        };
        TimelineEntryDto: {
            /**
             * Format: uuid
             * @description The id of the enrolment, delivery or event
             */
            id: string;
            /**
             * @example delivery
             * @enum {string}
             */
            type: "enrolment" | "delivery" | "event";
            /**
             * @description enrolment: its status (invited, enrolled, started, completed, dropped); delivery: its status (pending, queued, sending, sent, failed, skipped); event: its kind (opened, clicked, unsubscribed, resubscribed, bounced, enrolled, started, completed, dropped)
             * @example sent
             */
            kind: string;
            /**
             * Format: date-time
             * @description When it happened: an enrolment’s creation, a delivery’s sending (else its scheduled time), an event’s occurrence
             */
            at: string;
            campaign: components["schemas"]["TimelineRefDto"] | null;
            step: components["schemas"]["TimelineRefDto"] | null;
            /** @example email */
            channel: string | null;
            /**
             * @description Why a delivery was skipped, or what made it fail
             * @example unsubscribed
             */
            reason: string | null;
            course: components["schemas"]["TimelineRefDto"] | null;
            session: components["schemas"]["TimelineSessionDto"] | null;
            /**
             * @description An open or click by a mail privacy proxy or link scanner, not the learner
             * @example false
             */
            machine: boolean;
        };
        LearnerTimelinePageDto: {
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
            /** @description Newest first */
            items: components["schemas"]["TimelineEntryDto"][];
        };
        UpdateLearnerDto: {
            /**
             * @description The HR system's id, unique per workspace: the key of the upsert
             * @example E-10042
             */
            externalId?: string;
            /**
             * @description Trimmed and lower-cased; unique per workspace
             * @example jeanne.dupont@acme.fr
             */
            email?: string;
            /** @example Jeanne */
            firstName?: string | null;
            /** @example Dupont */
            lastName?: string | null;
            /**
             * @description BCP 47 tag, canonicalised (fr-fr → fr-FR); the workspace's default locale when absent
             * @example fr-FR
             */
            locale?: string;
            /**
             * @description IANA time zone PostgreSQL knows (any case; stored canonically); the workspace's time zone when absent
             * @example Europe/Paris
             */
            timeZone?: string;
            /** @example Sales */
            department?: string | null;
            /** @example Account manager */
            jobTitle?: string | null;
            /** @example Lyon */
            site?: string | null;
            /**
             * @description ISO 3166-1 alpha-2, upper-cased
             * @example FR
             */
            country?: string | null;
            /**
             * @description The manager's external id
             * @example E-10001
             */
            managerExternalId?: string | null;
            /**
             * Format: date
             * @example 2021-03-15
             */
            hireDate?: string | null;
            /**
             * @description Flat object of string, number, boolean or null values (keys: letters, digits, "_" or "-"); replaces the stored attributes
             * @example {
             *       "cost_center": "CC-210",
             *       "grade": "B2",
             *       "remote": true
             *     }
             */
            attributes?: {
                [key: string]: (string | null) | number | boolean;
            };
            /**
             * Format: uuid
             * @description A persona of the same workspace
             */
            personaId?: string | null;
            /**
             * @description Handle on the internal social network
             * @example @jdupont
             */
            networkHandle?: string | null;
            /**
             * @description May receive email; true when absent on creation
             * @example true
             */
            consentEmail?: boolean;
            /**
             * @description May be mentioned or messaged on the internal network; true when absent on creation
             * @example true
             */
            consentNetwork?: boolean;
        };
        CourseTranslationDto: {
            /**
             * @description The locale these values are written in ("fr", "en", "fr-CA")
             * @example en
             */
            locale: string;
            /** @example Managing a hybrid team */
            title?: string | null;
            /** @example Two mornings to set rituals and delegate well. */
            description?: string | null;
            /**
             * @example [
             *       "management",
             *       "remote work"
             *     ]
             */
            skills?: string[] | null;
        };
        CreateCourseDto: {
            /**
             * @description Unique in the workspace; used by imports and LMS mappings
             * @example MGT-101
             */
            code?: string | null;
            /** @example Managing a hybrid team */
            title: string;
            /** @example Two mornings to set rituals, delegate well and keep remote colleagues engaged. */
            description?: string | null;
            /**
             * @example blended
             * @enum {string}
             */
            modality: "in_person" | "e_learning" | "blended" | "virtual_classroom" | "mooc" | "spoc" | "serious_game" | "social_learning";
            /**
             * @description Total learning time in minutes
             * @example 420
             */
            durationMinutes?: number | null;
            /** @example https://lms.example.com/course/mgt-101 */
            lmsUrl?: string | null;
            /**
             * @description On update, replaces the whole list
             * @example [
             *       "management",
             *       "remote work"
             *     ]
             */
            skills?: string[];
            /** @description Title, description and skills in other languages than the workspace’s (the values above). Each message takes the learner’s locale, then the workspace’s, then any. On update, replaces the whole list. */
            translations?: components["schemas"]["CourseTranslationDto"][];
        };
        CourseDto: {
            /** Format: uuid */
            id: string;
            /** @example MGT-101 */
            code: string | null;
            /** @example Managing a hybrid team */
            title: string;
            /** @example Two mornings to set rituals and delegate well. */
            description: string | null;
            /**
             * @example blended
             * @enum {string}
             */
            modality: "in_person" | "e_learning" | "blended" | "virtual_classroom" | "mooc" | "spoc" | "serious_game" | "social_learning";
            /** @example 420 */
            durationMinutes: number | null;
            /** @example https://lms.example.com/course/mgt-101 */
            lmsUrl: string | null;
            /**
             * @example [
             *       "management",
             *       "remote work"
             *     ]
             */
            skills: string[];
            translations: components["schemas"]["CourseTranslationDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        NextSessionDto: {
            /** Format: uuid */
            id: string;
            /** @example Lyon cohort */
            title: string | null;
            /**
             * Format: date-time
             * @example 2030-03-02T09:00:00.000Z
             */
            startsAt: string;
            /**
             * @description The session's IANA time zone
             * @example Europe/Paris
             */
            timeZone: string;
        };
        CourseListItemDto: {
            /** Format: uuid */
            id: string;
            /** @example MGT-101 */
            code: string | null;
            /** @example Managing a hybrid team */
            title: string;
            /** @example Two mornings to set rituals and delegate well. */
            description: string | null;
            /**
             * @example blended
             * @enum {string}
             */
            modality: "in_person" | "e_learning" | "blended" | "virtual_classroom" | "mooc" | "spoc" | "serious_game" | "social_learning";
            /** @example 420 */
            durationMinutes: number | null;
            /** @example https://lms.example.com/course/mgt-101 */
            lmsUrl: string | null;
            /**
             * @example [
             *       "management",
             *       "remote work"
             *     ]
             */
            skills: string[];
            translations: components["schemas"]["CourseTranslationDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Sessions not cancelled, past ones included
             * @example 3
             */
            scheduledSessions: number;
            /** @description The soonest scheduled session still ahead */
            nextSession: components["schemas"]["NextSessionDto"] | null;
        };
        CoursePageDto: {
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
            items: components["schemas"]["CourseListItemDto"][];
        };
        UpdateCourseDto: {
            /**
             * @description Unique in the workspace; used by imports and LMS mappings
             * @example MGT-101
             */
            code?: string | null;
            /** @example Managing a hybrid team */
            title?: string;
            /** @example Two mornings to set rituals, delegate well and keep remote colleagues engaged. */
            description?: string | null;
            /**
             * @example blended
             * @enum {string}
             */
            modality?: "in_person" | "e_learning" | "blended" | "virtual_classroom" | "mooc" | "spoc" | "serious_game" | "social_learning";
            /**
             * @description Total learning time in minutes
             * @example 420
             */
            durationMinutes?: number | null;
            /** @example https://lms.example.com/course/mgt-101 */
            lmsUrl?: string | null;
            /**
             * @description On update, replaces the whole list
             * @example [
             *       "management",
             *       "remote work"
             *     ]
             */
            skills?: string[];
            /** @description Title, description and skills in other languages than the workspace’s (the values above). Each message takes the learner’s locale, then the workspace’s, then any. On update, replaces the whole list. */
            translations?: components["schemas"]["CourseTranslationDto"][];
        };
        CreateSessionDto: {
            /** @example Paris — March cohort */
            title?: string | null;
            /**
             * @description ISO 8601 with an offset; a local time without offset is refused
             * @example 2026-03-02T09:00:00+01:00
             */
            startsAt: string;
            /** @example 2026-03-02T17:30:00+01:00 */
            endsAt: string;
            /**
             * @description Enrolment deadline; not after startsAt
             * @example 2026-02-25T23:59:00+01:00
             */
            enrolBy?: string | null;
            /**
             * @description Seats; null means unlimited
             * @example 14
             */
            capacity?: number | null;
            /** @example Campus La Défense, room 4.12 */
            location?: string | null;
            /** @example https://teams.microsoft.com/l/meetup-join/abc */
            meetingUrl?: string | null;
            /**
             * @description IANA zone (one PostgreSQL knows) where the session takes place; defaults to the workspace's
             * @example Europe/Paris
             */
            timeZone?: string;
        };
        SessionDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            courseId: string;
            /** @example Paris — March cohort */
            title: string | null;
            /**
             * @description In the session's time zone
             * @example 2026-03-02T09:00:00.000+01:00
             */
            startsAt: string;
            /** @example 2026-03-02T17:30:00.000+01:00 */
            endsAt: string;
            /** @example 2026-02-25T23:59:00.000+01:00 */
            enrolBy: string | null;
            /** @example 14 */
            capacity: number | null;
            /**
             * @description Enrolled, started and completed learners
             * @example 9
             */
            seatsTaken: number;
            /**
             * @description Learners invited and not yet enrolled (they hold no seat)
             * @example 3
             */
            invited: number;
            /**
             * @description null when capacity is unlimited
             * @example 5
             */
            seatsLeft: number | null;
            /** @example Campus La Défense, room 4.12 */
            location: string | null;
            /** @example https://teams.microsoft.com/l/meetup-join/abc */
            meetingUrl: string | null;
            /** @example Europe/Paris */
            timeZone: string;
            /**
             * @example scheduled
             * @enum {string}
             */
            status: "scheduled" | "cancelled";
            /** Format: date-time */
            cancelledAt: string | null;
            /** @example null */
            cancellationReason: string | null;
            /**
             * @description SEQUENCE of the calendar invites: raised by each change of dates, place, link or zone, and by the cancellation
             * @example 0
             */
            inviteSequence: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SessionPageDto: {
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
            items: components["schemas"]["SessionDto"][];
        };
        UpdateSessionDto: {
            /** @example Paris — March cohort */
            title?: string | null;
            /**
             * @description ISO 8601 with an offset; a local time without offset is refused
             * @example 2026-03-02T09:00:00+01:00
             */
            startsAt?: string;
            /** @example 2026-03-02T17:30:00+01:00 */
            endsAt?: string;
            /**
             * @description Enrolment deadline; not after startsAt
             * @example 2026-02-25T23:59:00+01:00
             */
            enrolBy?: string | null;
            /**
             * @description Seats; null means unlimited
             * @example 14
             */
            capacity?: number | null;
            /** @example Campus La Défense, room 4.12 */
            location?: string | null;
            /** @example https://teams.microsoft.com/l/meetup-join/abc */
            meetingUrl?: string | null;
            /**
             * @description IANA zone (one PostgreSQL knows) where the session takes place; defaults to the workspace's
             * @example Europe/Paris
             */
            timeZone?: string;
            /**
             * @description Only cancelling is possible; a cancelled session stays cancelled
             * @example cancelled
             * @enum {string}
             */
            status?: "cancelled";
            /** @example Trainer unavailable; a new date will follow */
            cancellationReason?: string;
        };
        CancelSessionDto: {
            /** @example Trainer unavailable; a new date will follow */
            cancellationReason?: string;
        };
        CreateEnrollmentDto: {
            /**
             * Format: uuid
             * @description Exactly one of learnerId, externalId or email
             */
            learnerId?: string;
            /**
             * @description The HR system's id of the learner
             * @example E-10442
             */
            externalId?: string;
            /** @example camille.martin@example.com */
            email?: string;
            /**
             * @default enrolled
             * @example enrolled
             * @enum {string}
             */
            status?: "invited" | "enrolled" | "started" | "completed" | "dropped";
            /**
             * @description When it happened (ISO 8601 with offset); defaults to now
             * @example 2026-02-10T14:03:00+01:00
             */
            occurredAt?: string;
        };
        LearnerSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @example E-10442 */
            externalId: string;
            /** @example camille.martin@example.com */
            email: string;
            /** @example Camille */
            firstName: string | null;
            /** @example Martin */
            lastName: string | null;
        };
        EnrollmentResultDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            sessionId: string;
            /** Format: uuid */
            courseId: string;
            /** Format: uuid */
            learnerId: string;
            learner: components["schemas"]["LearnerSummaryDto"];
            /**
             * @example enrolled
             * @enum {string}
             */
            status: "invited" | "enrolled" | "started" | "completed" | "dropped";
            /**
             * @description Where the last change came from
             * @example api
             * @enum {string}
             */
            source: "api" | "csv" | "lms" | "xapi";
            /** Format: date-time */
            invitedAt: string | null;
            /** Format: date-time */
            enrolledAt: string | null;
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            droppedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description created (201): a new enrolment; changed (200): an existing one moved from previousStatus; unchanged (200): it already had this status, nothing was written
             * @example unchanged
             * @enum {string}
             */
            outcome: "created" | "changed" | "unchanged";
            /**
             * @description The status before this request; null when the enrolment is new
             * @example enrolled
             * @enum {string|null}
             */
            previousStatus: "invited" | "enrolled" | "started" | "completed" | "dropped" | null;
        };
        EnrollmentDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            sessionId: string;
            /** Format: uuid */
            courseId: string;
            /** Format: uuid */
            learnerId: string;
            learner: components["schemas"]["LearnerSummaryDto"];
            /**
             * @example enrolled
             * @enum {string}
             */
            status: "invited" | "enrolled" | "started" | "completed" | "dropped";
            /**
             * @description Where the last change came from
             * @example api
             * @enum {string}
             */
            source: "api" | "csv" | "lms" | "xapi";
            /** Format: date-time */
            invitedAt: string | null;
            /** Format: date-time */
            enrolledAt: string | null;
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            droppedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        EnrollmentPageDto: {
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
            items: components["schemas"]["EnrollmentDto"][];
        };
        EnrollmentImportResultDto: {
            /**
             * @description Rows that created an enrolment
             * @example 120
             */
            created: number;
            /**
             * @description Rows that changed the status of an enrolment
             * @example 14
             */
            updated: number;
            /**
             * @description Rows whose status the enrolment already had
             * @example 3
             */
            unchanged: number;
            /** @example 2 */
            failed: number;
            /** @description The first 1000 row errors, by row */
            errors: components["schemas"]["ImportRowErrorDto"][];
            encoding: components["schemas"]["CsvEncodingDto"];
        };
        EnrollmentPreviewColumnDto: {
            /**
             * @description Position in the header, from 0
             * @example 0
             */
            index: number;
            /**
             * @description The header as written
             * @example Email
             */
            header: string;
            /**
             * @description The column of the import it is read as
             * @example email
             * @enum {string|null}
             */
            field: "session_id" | "external_id" | "email" | "status" | "occurred_at" | null;
            /**
             * @description Why it is not read: no column of the import has this name, it has no header, or an earlier column has the same name
             * @example null
             * @enum {string|null}
             */
            ignored: "unknown" | "no_header" | "ambiguous" | null;
        };
        EnrollmentImportPreviewDto: {
            encoding: components["schemas"]["CsvEncodingDto"];
            /**
             * @description The separator detected: `,`, `;` or a tab
             * @example ;
             */
            delimiter: string;
            columns: components["schemas"]["EnrollmentPreviewColumnDto"][];
            /** @description Required columns the header lacks: the import would refuse the file */
            missing: components["schemas"]["ErrorDetailDto"][];
            /** @description Always empty: a column named twice is read once, from its first place */
            ambiguous: components["schemas"]["ErrorDetailDto"][];
            /** @description The first rows (at most 5), as read */
            rows: components["schemas"]["PreviewRowDto"][];
        };
        UpdateEnrollmentDto: {
            /**
             * @example started
             * @enum {string}
             */
            status: "invited" | "enrolled" | "started" | "completed" | "dropped";
            /**
             * @description When it happened (ISO 8601 with offset); defaults to now
             * @example 2026-03-02T09:12:00+01:00
             */
            occurredAt?: string;
        };
        SponsorDto: {
            /** @example Claire Martin */
            name: string;
            /** @example Chief Operating Officer */
            title?: string;
            /** @example Managers who learn together lead better together. */
            quote?: string;
            /** @example https://cdn.acme.example/people/claire-martin.jpg */
            photoUrl?: string;
        };
        CampaignLinksDto: {
            /**
             * @description Default: the course’s LMS page
             * @example https://lms.acme.example/enrol/data-101
             */
            enrol?: string | null;
            /** @example https://forms.acme.example/data-101-feedback */
            survey?: string | null;
            /** @example https://lms.acme.example/certificates/data-101 */
            certificate?: string | null;
        };
        StepVariantDto: {
            /**
             * @description One capital letter, unique in the step
             * @example A
             */
            key: string;
            /**
             * Format: uuid
             * @example 8d0f7c4e-2a51-4f7e-9a51-0c3c1d9a7b21
             */
            templateVersionId: string;
            /**
             * @description Relative weight of the split (50/50, 90/10…)
             * @example 50
             */
            weight: number;
        };
        CreateStepDto: {
            /** @example Invitation */
            name: string;
            /**
             * @example before
             * @enum {string}
             */
            phase: "before" | "during" | "after";
            /**
             * @example session_start
             * @enum {string}
             */
            anchor: "session_start" | "session_end" | "enrol_by" | "launch" | "learner_enrolled" | "learner_completed";
            /**
             * @description ISO 8601 duration from the anchor: weeks, days, hours, minutes; negative is before
             * @example -P14D
             */
            offset: string;
            /**
             * @description Send at this time in each learner's zone; null sends at anchor + offset exactly
             * @example 09:00
             */
            localTime?: string | null;
            /**
             * @description `preferred` = the first channel of the persona the learner can receive
             * @example email
             * @enum {string}
             */
            channel: "email" | "post" | "talking_points" | "preferred";
            /**
             * Format: uuid
             * @description The pinned template version. Give either this or `variants`. On update, pins this version and removes the variants.
             * @example 8d0f7c4e-2a51-4f7e-9a51-0c3c1d9a7b21
             */
            templateVersionId?: string;
            /**
             * @description A/B variants (2 to 26). When given, they replace templateVersionId: every recipient gets one variant, by weight.
             * @example [
             *       {
             *         "key": "A",
             *         "templateVersionId": "8d0f7c4e-2a51-4f7e-9a51-0c3c1d9a7b21",
             *         "weight": 50
             *       },
             *       {
             *         "key": "B",
             *         "templateVersionId": "0b6a4c1e-7d2f-4b8e-8e3f-5a9c2d1e6f40",
             *         "weight": 50
             *       }
             *     ]
             */
            variants?: components["schemas"]["StepVariantDto"][];
            /**
             * @description Narrow to learners of these personas
             * @example []
             */
            personaIds?: string[];
            /**
             * Format: uuid
             * @description Narrow to learners of this segment
             */
            segmentId?: string | null;
            /**
             * @description Checked again at send time
             * @example not_enrolled
             * @enum {string|null}
             */
            enrollmentCondition?: "not_enrolled" | "enrolled" | "enrolled_not_started" | "started_not_completed" | "completed" | "not_completed" | null;
            /**
             * @description Exempt from the frequency cap (a promotional step that must go out whatever the cap; service steps are never capped)
             * @example false
             */
            essential?: boolean;
            /**
             * @description Override of the kind the template’s purpose implies; null = from the purpose. `service` (a notice the learner needs for the training: no unsubscribe link nor List-Unsubscribe, not capped, reaches learners unsubscribed from promotions, still stopped by suppression, erasure and a withdrawn email consent) or `promotional` (List-Unsubscribe with RFC 8058 one-click, counted by the frequency cap)
             * @example null
             * @enum {string|null}
             */
            messageKind?: "service" | "promotional" | null;
            /**
             * @description Its emails carry the session as a calendar invite (.ics, METHOD:REQUEST, or CANCEL once the session is cancelled). null (the default) = by the template’s purpose: on for invitation and welcome
             * @example null
             */
            attachInvite?: boolean | null;
            /** @description This step’s links, over the campaign’s (e.g. another survey); on update, replaces all three */
            links?: components["schemas"]["CampaignLinksDto"] | null;
            /**
             * @description Auto-winner A/B test: this share of the recipients (0.001–0.999) gets the variants first; the rest gets the winner
             * @example 0.2
             */
            abTestFraction?: number | null;
            /**
             * @description How long after the first sends the winner is decided (with abTestFraction)
             * @example PT24H
             */
            abDecideAfter?: string | null;
            /**
             * @description Order in the plan; defaults to after the last step
             * @example 3
             */
            position?: number;
        };
        CreateCampaignDto: {
            /** @example Hybrid management — spring session */
            name: string;
            /** @example Fill the 40 seats of the April session; managers of remote teams first. */
            description?: string | null;
            /**
             * Format: uuid
             * @description Changes only before launch
             * @example 3f1c2b9a-6d4e-4a8f-9b2c-1e5d7a3c9f10
             */
            courseId: string;
            /**
             * Format: uuid
             * @description A session of the course; null for an evergreen course campaign. Changes only before launch
             */
            sessionId?: string | null;
            /**
             * @description Target number of enrolments
             * @example 40
             */
            goalEnrolments?: number | null;
            /** Format: uuid */
            brandKitId?: string | null;
            /**
             * @description Overrides the brand kit's sender name
             * @example Acme Academy
             */
            senderName?: string | null;
            /**
             * @description Overrides the brand kit's sender address
             * @example academy@acme.example
             */
            senderEmail?: string | null;
            /** @example learning-team@acme.example */
            replyTo?: string | null;
            sponsor?: components["schemas"]["SponsorDto"] | null;
            /** @description Where links.enrol (default: the course’s LMS page), links.survey and links.certificate lead; tracked and UTM-tagged like every link. On update, replaces all three. */
            links?: components["schemas"]["CampaignLinksDto"];
            /**
             * @description Learners of the workspace who relay the campaign and receive talking points
             * @example []
             */
            ambassadorIds?: string[];
            /**
             * @description Network channels that receive the post steps
             * @example []
             */
            networkChannelIds?: string[];
            /**
             * @description Audience: learners in any of these segments (every learner when empty)
             * @example []
             */
            includeSegmentIds?: string[];
            /**
             * @description …minus learners in any of these
             * @example []
             */
            excludeSegmentIds?: string[];
            /**
             * @description When true, a learner whose language a template lacks gets the template's fallback locale instead of blocking launch
             * @example false
             */
            allowLocaleFallback?: boolean;
            /** @description The steps of the plan, created with the campaign in one transaction */
            steps?: components["schemas"]["CreateStepDto"][];
        };
        SponsorViewDto: {
            /** @example Claire Martin */
            name: string;
            /** @example Chief Operating Officer */
            title?: string;
            /** @example Managers who learn together lead better together. */
            quote?: string;
            /** @example https://cdn.acme.example/people/claire-martin.jpg */
            photoUrl?: string;
        };
        StepProblemDto: {
            /**
             * @description STEP.NOT_PLANNED (nothing planned yet; retried each minute) or STEP.UNKNOWN_TIME_ZONES (planned, with a caveat)
             * @example STEP.NOT_PLANNED
             */
            code: string;
            /** @example This step could not be planned: segment 3f… not found */
            message: string;
            /** @description True when the step could not be planned at all */
            blocking: boolean;
            /**
             * Format: date-time
             * @description Since when the problem has been seen
             */
            since: string | null;
        };
        CampaignStepDto: {
            /** Format: uuid */
            id: string;
            /** @example 0 */
            position: number;
            /** @example Invitation */
            name: string;
            /**
             * @example before
             * @enum {string}
             */
            phase: "before" | "during" | "after";
            /**
             * @example session_start
             * @enum {string}
             */
            anchor: "session_start" | "session_end" | "enrol_by" | "launch" | "learner_enrolled" | "learner_completed";
            /** @example -P14D */
            offset: string;
            /** @example 09:00 */
            localTime: string | null;
            /**
             * @example email
             * @enum {string}
             */
            channel: "email" | "post" | "talking_points" | "preferred";
            /**
             * Format: uuid
             * @description The pinned version; with variants, variant A's version
             */
            templateVersionId: string;
            /** @example [] */
            variants: components["schemas"]["StepVariantDto"][];
            /** @example [] */
            personaIds: string[];
            /** Format: uuid */
            segmentId: string | null;
            /**
             * @example not_enrolled
             * @enum {string|null}
             */
            enrollmentCondition: "not_enrolled" | "enrolled" | "enrolled_not_started" | "started_not_completed" | "completed" | "not_completed" | null;
            /**
             * @description Exempt from the frequency cap
             * @example false
             */
            essential: boolean;
            /**
             * @description The step’s override of its kind; null = from the template’s purpose
             * @example null
             * @enum {string|null}
             */
            messageKind: "service" | "promotional" | null;
            /**
             * @description The kind the step is sent as: its override, else what its template’s purpose implies (practical_info, welcome, session notices, feedback_survey, congratulations: service; the rest promotional)
             * @example promotional
             * @enum {string}
             */
            effectiveMessageKind: "service" | "promotional";
            /**
             * @description The purpose of the step’s template (variant A’s with variants)
             * @example invitation
             */
            templatePurpose: string | null;
            /**
             * @description Carries the session’s calendar invite; null = by the template’s purpose (invitation, welcome, notices)
             * @example null
             */
            attachInvite: boolean | null;
            /**
             * @description A change notice the engine added after the session was rescheduled (session_changed) or cancelled (session_cancelled); null for the plan’s own steps
             * @example null
             * @enum {string|null}
             */
            notice: "session_changed" | "session_cancelled" | null;
            links: components["schemas"]["CampaignLinksDto"];
            /**
             * @description Share of recipients in the auto-winner test
             * @example null
             */
            abTestFraction: number | null;
            /**
             * @description Delay after the first sends before the winner is decided
             * @example null
             */
            abDecideAfter: string | null;
            /**
             * @description The winning variant, once decided
             * @example null
             */
            abWinner: string | null;
            /** Format: date-time */
            abDecidedAt: string | null;
            /**
             * Format: date-time
             * @description When the engine planned its deliveries
             */
            materializedAt: string | null;
            /** @description Why the engine could not plan this step, or a caveat on how it did; null when all is well */
            problem: components["schemas"]["StepProblemDto"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CampaignWithStepsDto: {
            /** Format: uuid */
            id: string;
            /** @example Hybrid management — spring session */
            name: string;
            /** @example Fill the 40 seats of the April session. */
            description: string | null;
            /** Format: uuid */
            courseId: string;
            /** Format: uuid */
            sessionId: string | null;
            /**
             * @example draft
             * @enum {string}
             */
            status: "draft" | "scheduled" | "running" | "paused" | "completed" | "cancelled";
            /**
             * @description Why the engine put the campaign in its status (auto-pause…)
             * @example null
             */
            statusReason: string | null;
            /** @example 40 */
            goalEnrolments: number | null;
            /** Format: uuid */
            brandKitId: string | null;
            /** @example Acme Academy */
            senderName: string | null;
            /** @example academy@acme.example */
            senderEmail: string | null;
            /** @example learning-team@acme.example */
            replyTo: string | null;
            sponsor: components["schemas"]["SponsorViewDto"] | null;
            links: components["schemas"]["CampaignLinksDto"];
            /** @example [] */
            ambassadorIds: string[];
            /** @example [] */
            networkChannelIds: string[];
            /** @example [] */
            includeSegmentIds: string[];
            /** @example [] */
            excludeSegmentIds: string[];
            /** @example false */
            allowLocaleFallback: boolean;
            /** Format: date-time */
            launchedAt: string | null;
            /** Format: date-time */
            pausedAt: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            cancelledAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description In plan order (position) */
            steps: components["schemas"]["CampaignStepDto"][];
        };
        CampaignDto: {
            /** Format: uuid */
            id: string;
            /** @example Hybrid management — spring session */
            name: string;
            /** @example Fill the 40 seats of the April session. */
            description: string | null;
            /** Format: uuid */
            courseId: string;
            /** Format: uuid */
            sessionId: string | null;
            /**
             * @example draft
             * @enum {string}
             */
            status: "draft" | "scheduled" | "running" | "paused" | "completed" | "cancelled";
            /**
             * @description Why the engine put the campaign in its status (auto-pause…)
             * @example null
             */
            statusReason: string | null;
            /** @example 40 */
            goalEnrolments: number | null;
            /** Format: uuid */
            brandKitId: string | null;
            /** @example Acme Academy */
            senderName: string | null;
            /** @example academy@acme.example */
            senderEmail: string | null;
            /** @example learning-team@acme.example */
            replyTo: string | null;
            sponsor: components["schemas"]["SponsorViewDto"] | null;
            links: components["schemas"]["CampaignLinksDto"];
            /** @example [] */
            ambassadorIds: string[];
            /** @example [] */
            networkChannelIds: string[];
            /** @example [] */
            includeSegmentIds: string[];
            /** @example [] */
            excludeSegmentIds: string[];
            /** @example false */
            allowLocaleFallback: boolean;
            /** Format: date-time */
            launchedAt: string | null;
            /** Format: date-time */
            pausedAt: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            cancelledAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CampaignPageDto: {
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
            items: components["schemas"]["CampaignDto"][];
        };
        UpdateCampaignDto: {
            /** @example Hybrid management — spring session */
            name?: string;
            /** @example Fill the 40 seats of the April session; managers of remote teams first. */
            description?: string | null;
            /**
             * Format: uuid
             * @description Changes only before launch
             * @example 3f1c2b9a-6d4e-4a8f-9b2c-1e5d7a3c9f10
             */
            courseId?: string;
            /**
             * Format: uuid
             * @description A session of the course; null for an evergreen course campaign. Changes only before launch
             */
            sessionId?: string | null;
            /**
             * @description Target number of enrolments
             * @example 40
             */
            goalEnrolments?: number | null;
            /** Format: uuid */
            brandKitId?: string | null;
            /**
             * @description Overrides the brand kit's sender name
             * @example Acme Academy
             */
            senderName?: string | null;
            /**
             * @description Overrides the brand kit's sender address
             * @example academy@acme.example
             */
            senderEmail?: string | null;
            /** @example learning-team@acme.example */
            replyTo?: string | null;
            sponsor?: components["schemas"]["SponsorDto"] | null;
            /** @description Where links.enrol (default: the course’s LMS page), links.survey and links.certificate lead; tracked and UTM-tagged like every link. On update, replaces all three. */
            links?: components["schemas"]["CampaignLinksDto"];
            /**
             * @description Learners of the workspace who relay the campaign and receive talking points
             * @example []
             */
            ambassadorIds?: string[];
            /**
             * @description Network channels that receive the post steps
             * @example []
             */
            networkChannelIds?: string[];
            /**
             * @description Audience: learners in any of these segments (every learner when empty)
             * @example []
             */
            includeSegmentIds?: string[];
            /**
             * @description …minus learners in any of these
             * @example []
             */
            excludeSegmentIds?: string[];
            /**
             * @description When true, a learner whose language a template lacks gets the template's fallback locale instead of blocking launch
             * @example false
             */
            allowLocaleFallback?: boolean;
        };
        CloneCampaignDto: {
            /**
             * Format: uuid
             * @description A session of the same course, in this workspace: the steps keep their anchors and offsets, so their dates follow this session
             * @example 7a9e2c41-5b3d-4f8e-a1c6-2d4b8e9f0a13
             */
            sessionId: string;
            /**
             * @description Default: the original's name followed by “(copy)”
             * @example Hybrid management — autumn session
             */
            name?: string;
        };
        LaunchCheckDto: {
            /**
             * @description A launch now would pass (always false once launched: there is nothing to launch)
             * @example false
             */
            launchable: boolean;
            /** @description What a launch now would refuse, as POST /launch lists it (422 CAMPAIGN.NOT_LAUNCHABLE details); LAUNCH.MISSING_LOCALE and LAUNCH.STEP_IN_THE_PAST come with code and params */
            problems: components["schemas"]["ErrorDetailDto"][];
        };
        LaunchWarningDto: {
            /**
             * @example PLAN.FREQUENCY_CAP
             * @enum {string}
             */
            code: "PLAN.FREQUENCY_CAP" | "PLAN.STEPS_PILED" | "PLAN.CONDITION_NOT_YET_KNOWN" | "PLAN.CONDITION_AFTER_ENROL_BY" | "PLAN.CONDITION_CONTRADICTS_ANCHOR" | "PLAN.SERVICE_REACHES_UNSUBSCRIBED" | "PLAN.BLACKOUT";
            /** @example 30 learners would already have 5 promotional emails in the 7 days before this step and would not get it (mark the step essential if it must reach them) */
            message: string;
            /**
             * @description Learners concerned: capped, in the piled zones, or matching the condition today
             * @example 30
             */
            count?: number;
            /**
             * @description PLAN.STEPS_PILED: the zones where the steps meet
             * @example [
             *       "Europe/Paris"
             *     ]
             */
            zones?: string[];
            /** @description PLAN.STEPS_PILED: the other steps at the same minute */
            stepIds?: string[];
            /**
             * Format: uuid
             * @description The step it is about
             */
            stepId: string;
        };
        LaunchedCampaignDto: {
            /** Format: uuid */
            id: string;
            /** @example Hybrid management — spring session */
            name: string;
            /** @example Fill the 40 seats of the April session. */
            description: string | null;
            /** Format: uuid */
            courseId: string;
            /** Format: uuid */
            sessionId: string | null;
            /**
             * @example draft
             * @enum {string}
             */
            status: "draft" | "scheduled" | "running" | "paused" | "completed" | "cancelled";
            /**
             * @description Why the engine put the campaign in its status (auto-pause…)
             * @example null
             */
            statusReason: string | null;
            /** @example 40 */
            goalEnrolments: number | null;
            /** Format: uuid */
            brandKitId: string | null;
            /** @example Acme Academy */
            senderName: string | null;
            /** @example academy@acme.example */
            senderEmail: string | null;
            /** @example learning-team@acme.example */
            replyTo: string | null;
            sponsor: components["schemas"]["SponsorViewDto"] | null;
            links: components["schemas"]["CampaignLinksDto"];
            /** @example [] */
            ambassadorIds: string[];
            /** @example [] */
            networkChannelIds: string[];
            /** @example [] */
            includeSegmentIds: string[];
            /** @example [] */
            excludeSegmentIds: string[];
            /** @example false */
            allowLocaleFallback: boolean;
            /** Format: date-time */
            launchedAt: string | null;
            /** Format: date-time */
            pausedAt: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            cancelledAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the dry run warns about (capped learners, piled steps, conditions known only later): the launch goes ahead */
            warnings: components["schemas"]["LaunchWarningDto"][];
        };
        UpdateStepDto: {
            /** @example Invitation */
            name?: string;
            /**
             * @example before
             * @enum {string}
             */
            phase?: "before" | "during" | "after";
            /**
             * @example session_start
             * @enum {string}
             */
            anchor?: "session_start" | "session_end" | "enrol_by" | "launch" | "learner_enrolled" | "learner_completed";
            /**
             * @description ISO 8601 duration from the anchor: weeks, days, hours, minutes; negative is before
             * @example -P14D
             */
            offset?: string;
            /**
             * @description Send at this time in each learner's zone; null sends at anchor + offset exactly
             * @example 09:00
             */
            localTime?: string | null;
            /**
             * @description `preferred` = the first channel of the persona the learner can receive
             * @example email
             * @enum {string}
             */
            channel?: "email" | "post" | "talking_points" | "preferred";
            /**
             * Format: uuid
             * @description The pinned template version. Give either this or `variants`. On update, pins this version and removes the variants.
             * @example 8d0f7c4e-2a51-4f7e-9a51-0c3c1d9a7b21
             */
            templateVersionId?: string;
            /**
             * @description Narrow to learners of these personas
             * @example []
             */
            personaIds?: string[];
            /**
             * Format: uuid
             * @description Narrow to learners of this segment
             */
            segmentId?: string | null;
            /**
             * @description Checked again at send time
             * @example not_enrolled
             * @enum {string|null}
             */
            enrollmentCondition?: "not_enrolled" | "enrolled" | "enrolled_not_started" | "started_not_completed" | "completed" | "not_completed" | null;
            /**
             * @description Exempt from the frequency cap (a promotional step that must go out whatever the cap; service steps are never capped)
             * @example false
             */
            essential?: boolean;
            /**
             * @description Override of the kind the template’s purpose implies; null = from the purpose. `service` (a notice the learner needs for the training: no unsubscribe link nor List-Unsubscribe, not capped, reaches learners unsubscribed from promotions, still stopped by suppression, erasure and a withdrawn email consent) or `promotional` (List-Unsubscribe with RFC 8058 one-click, counted by the frequency cap)
             * @example null
             * @enum {string|null}
             */
            messageKind?: "service" | "promotional" | null;
            /**
             * @description Its emails carry the session as a calendar invite (.ics, METHOD:REQUEST, or CANCEL once the session is cancelled). null (the default) = by the template’s purpose: on for invitation and welcome
             * @example null
             */
            attachInvite?: boolean | null;
            /** @description This step’s links, over the campaign’s (e.g. another survey); on update, replaces all three */
            links?: components["schemas"]["CampaignLinksDto"] | null;
            /**
             * @description Auto-winner A/B test: this share of the recipients (0.001–0.999) gets the variants first; the rest gets the winner
             * @example 0.2
             */
            abTestFraction?: number | null;
            /**
             * @description How long after the first sends the winner is decided (with abTestFraction)
             * @example PT24H
             */
            abDecideAfter?: string | null;
            /**
             * @description Order in the plan; defaults to after the last step
             * @example 3
             */
            position?: number;
            /** @description Replaces the variants; [] removes them (then give templateVersionId) */
            variants?: components["schemas"]["StepVariantDto"][];
        };
        ZoneSendDto: {
            /**
             * @description The zone the learners are timed in (an unknown zone counts as the workspace's)
             * @example Europe/Paris
             */
            zone: string;
            /**
             * @description Recipients of the step in that zone
             * @example 420
             */
            count: number;
            /**
             * Format: date-time
             * @description When the step goes there, send window applied; null for learner-event steps
             */
            sendAt: string | null;
        };
        ChannelCountsDto: {
            /** @example 1200 */
            email: number;
            /**
             * @description Network posts; for a `preferred` step, learners reached on the network instead of by email
             * @example 1
             */
            post: number;
            /** @example 0 */
            talkingPoints: number;
        };
        SkipCountsDto: {
            /** @example 12 */
            unsubscribed: number;
            /** @example 2 */
            suppressed: number;
            /** @example 5 */
            noConsent: number;
            /**
             * @description Over the frequency cap when the step goes: simulated across this plan, other campaigns and what was sent
             * @example 30
             */
            frequencyCap: number;
        };
        PlanWarningDto: {
            /**
             * @example PLAN.FREQUENCY_CAP
             * @enum {string}
             */
            code: "PLAN.FREQUENCY_CAP" | "PLAN.STEPS_PILED" | "PLAN.CONDITION_NOT_YET_KNOWN" | "PLAN.CONDITION_AFTER_ENROL_BY" | "PLAN.CONDITION_CONTRADICTS_ANCHOR" | "PLAN.SERVICE_REACHES_UNSUBSCRIBED" | "PLAN.BLACKOUT";
            /** @example 30 learners would already have 5 promotional emails in the 7 days before this step and would not get it (mark the step essential if it must reach them) */
            message: string;
            /**
             * @description Learners concerned: capped, in the piled zones, or matching the condition today
             * @example 30
             */
            count?: number;
            /**
             * @description PLAN.STEPS_PILED: the zones where the steps meet
             * @example [
             *       "Europe/Paris"
             *     ]
             */
            zones?: string[];
            /** @description PLAN.STEPS_PILED: the other steps at the same minute */
            stepIds?: string[];
        };
        StepPlanDto: {
            /** Format: uuid */
            stepId: string;
            /** @example 1 */
            position: number;
            /** @example Invitation */
            name: string;
            /** @example before */
            phase: string;
            /** @example session_start */
            anchor: string;
            /** @example -P14D */
            offset: string;
            /** @example 09:00 */
            localTime: string | null;
            /** @example email */
            channel: string;
            /**
             * @description Essential steps are exempt from the frequency cap
             * @example false
             */
            essential: boolean;
            /**
             * @description The step’s override of its kind; null = from the template’s purpose
             * @example null
             * @enum {string|null}
             */
            messageKind: "service" | "promotional" | null;
            /**
             * @description The kind the step is sent as: `service` (no unsubscribe, not capped, reaches learners unsubscribed from promotions) or `promotional`
             * @example promotional
             * @enum {string}
             */
            effectiveMessageKind: "service" | "promotional";
            /**
             * Format: date-time
             * @description The first zone's send time (null for learner-event steps)
             */
            firstSendAt: string | null;
            /**
             * Format: date-time
             * @description The last zone's send time
             */
            lastSendAt: string | null;
            /** @description The step's recipients by zone, earliest first: one lane per zone */
            zones: components["schemas"]["ZoneSendDto"][];
            /**
             * @description Recipients today, after the enrolment condition (learners, ambassadors, or network channels for posts)
             * @example 1250
             */
            audience: number;
            /**
             * @description Recipients today before the enrolment condition
             * @example 1400
             */
            audienceBeforeCondition: number;
            channels: components["schemas"]["ChannelCountsDto"];
            /** @description Who would be skipped, and why */
            wouldSkip: components["schemas"]["SkipCountsDto"];
            /**
             * @description A capped step with no fixed time (learner event): the cap is only known when it goes, not simulated
             * @example false
             */
            capUnknown: boolean;
            warnings: components["schemas"]["PlanWarningDto"][];
            /**
             * @description Deliveries already written for this step
             * @example 0
             */
            planned: number;
        };
        CampaignPlanDto: {
            /** Format: uuid */
            campaignId: string;
            /** @example draft */
            status: string;
            /**
             * @description Learners in the campaign audience before step narrowing
             * @example 1400
             */
            audience: number;
            /**
             * @description The workspace's cap: promotional emails per learner in any rolling 7 days (0 = none)
             * @example 5
             */
            frequencyCap: number;
            steps: components["schemas"]["StepPlanDto"][];
        };
        AudienceMemberDto: {
            /** Format: uuid */
            id: string;
            firstName: string | null;
            lastName: string | null;
            email: string;
        };
        CampaignAudienceDto: {
            items: components["schemas"]["AudienceMemberDto"][];
        };
        SessionChangePreviewDto: {
            /**
             * @description What the change is to campaigns: a reschedule their learners hear about (dates, place, link, zone), a cancellation, or neither (title, capacity, enrol-by date)
             * @example reschedule
             * @enum {string}
             */
            change: "reschedule" | "cancel" | "none";
            /**
             * @description Launched campaigns on the session (scheduled, running or paused): those that react
             * @example 2
             */
            campaigns: number;
            /**
             * @description People who will be told by email (a change notice with the updated invite): those who received an invitation, and those enrolled
             * @example 37
             */
            toldByEmail: number;
            /**
             * @description Network posts that announced the session and will be corrected (one per campaign and channel)
             * @example 1
             */
            postsToCorrect: number;
            /**
             * @description Steps planned around the session’s dates that move with them
             * @example 4
             */
            stepsMoved: number;
            /**
             * @description Steps with something left to send that a cancellation skips
             * @example 0
             */
            stepsSkipped: number;
            /**
             * @description Channels with people or posts to tell but no approved template of purpose session_changed / session_cancelled in the workspace (install the starters): nobody is told there
             * @example []
             */
            missingNoticeTemplates: ("email" | "post")[];
        };
        DeliveryLearnerDto: {
            /** Format: uuid */
            id: string;
            /** @example E10042 */
            externalId: string;
            /** @example lea.dubois@acme.example */
            email: string;
        };
        DeliveryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            stepId: string;
            /** @example Invitation */
            stepName: string;
            /** @description Null for network posts, and once the learner is erased */
            learner: components["schemas"]["DeliveryLearnerDto"] | null;
            /**
             * Format: uuid
             * @description The network channel of a post
             */
            networkChannelId: string | null;
            /**
             * @example email
             * @enum {string}
             */
            channel: "email" | "post" | "talking_points";
            /**
             * @example sent
             * @enum {string}
             */
            status: "pending" | "queued" | "sending" | "sent" | "failed" | "skipped";
            /**
             * @description Why it was skipped or failed (see DeliveryReason)
             * @example null
             */
            reason: string | null;
            /** @example 1 */
            attempts: number;
            /** @example null */
            lastError: string | null;
            /**
             * Format: date-time
             * @example 2026-03-18T08:00:00.000Z
             */
            scheduledAt: string;
            /** Format: date-time */
            sentAt: string | null;
            /** @example A */
            variant: string | null;
            /** @example <d-5f2c…@clarion.acme.example> */
            messageId: string | null;
        };
        DeliveryPageDto: {
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
            items: components["schemas"]["DeliveryDto"][];
        };
        DeliveryCountDto: {
            /**
             * @example skipped
             * @enum {string}
             */
            status: "pending" | "queued" | "sending" | "sent" | "failed" | "skipped";
            /** @example unsubscribed */
            reason: string | null;
            /** @example 12 */
            count: number;
        };
        StepDeliverySummaryDto: {
            /** Format: uuid */
            stepId: string;
            /** @example Invitation */
            name: string;
            /** @example 0 */
            position: number;
            /** @example 1200 */
            total: number;
            counts: components["schemas"]["DeliveryCountDto"][];
        };
        DeliverySummaryDto: {
            /** @example 3600 */
            total: number;
            /**
             * @description Deliveries by status, over all steps
             * @example {
             *       "pending": 2400,
             *       "sent": 1150,
             *       "skipped": 50
             *     }
             */
            byStatus: {
                [key: string]: number;
            };
            /** @description Every step of the plan, in order, with its counts by status and reason */
            steps: components["schemas"]["StepDeliverySummaryDto"][];
        };
        CreateSegmentDto: {
            /**
             * @description Unique in the workspace
             * @example Sales, senior, not yet trained
             */
            name: string;
            /** @example Senior sales people who have not enrolled in Negotiation yet */
            description?: string | null;
            /**
             * @description A rule in the segment language: groups {"all": [...]}, {"any": [...]}, {"not": {...}} around conditions {"field", "op", "value"} (see the README, "The segment language"). Errors name the JSON path of the bad node.
             * @example {
             *       "all": [
             *         {
             *           "field": "department",
             *           "op": "in",
             *           "value": [
             *             "Sales",
             *             "Marketing"
             *           ]
             *         },
             *         {
             *           "field": "attributes.level",
             *           "op": "gte",
             *           "value": 3
             *         },
             *         {
             *           "not": {
             *             "field": "enrollment.status",
             *             "op": "in",
             *             "value": [
             *               "enrolled",
             *               "completed"
             *             ],
             *             "courseId": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
             *           }
             *         }
             *       ]
             *     }
             */
            rule: {
                [key: string]: unknown;
            };
            /**
             * @description dynamic: evaluated each time it is used; static: the learners matching now are frozen as its members. On update, static freezes the current members and dynamic drops the frozen list; a new rule leaves the frozen members until the next freeze.
             * @default dynamic
             * @example dynamic
             * @enum {string}
             */
            kind?: "dynamic" | "static";
        };
        SegmentDto: {
            /** Format: uuid */
            id: string;
            /** @example Sales, senior, not yet trained */
            name: string;
            /** @example Senior sales people who have not enrolled yet */
            description: string | null;
            /**
             * @example {
             *       "all": [
             *         {
             *           "field": "department",
             *           "op": "in",
             *           "value": [
             *             "Sales",
             *             "Marketing"
             *           ]
             *         },
             *         {
             *           "field": "attributes.level",
             *           "op": "gte",
             *           "value": 3
             *         },
             *         {
             *           "not": {
             *             "field": "enrollment.status",
             *             "op": "in",
             *             "value": [
             *               "enrolled",
             *               "completed"
             *             ],
             *             "courseId": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
             *           }
             *         }
             *       ]
             *     }
             */
            rule: {
                [key: string]: unknown;
            };
            /**
             * @example dynamic
             * @enum {string}
             */
            kind: "dynamic" | "static";
            /**
             * Format: date-time
             * @description When the members of a static segment were frozen
             */
            frozenAt: string | null;
            /**
             * @description Frozen members of a static segment; null for a dynamic one
             * @example 312
             */
            memberCount: number | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SegmentPageDto: {
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
            items: components["schemas"]["SegmentDto"][];
        };
        PreviewSegmentDto: {
            /**
             * @description A rule in the segment language: groups {"all": [...]}, {"any": [...]}, {"not": {...}} around conditions {"field", "op", "value"} (see the README, "The segment language"). Errors name the JSON path of the bad node.
             * @example {
             *       "all": [
             *         {
             *           "field": "department",
             *           "op": "in",
             *           "value": [
             *             "Sales",
             *             "Marketing"
             *           ]
             *         },
             *         {
             *           "field": "attributes.level",
             *           "op": "gte",
             *           "value": 3
             *         },
             *         {
             *           "not": {
             *             "field": "enrollment.status",
             *             "op": "in",
             *             "value": [
             *               "enrolled",
             *               "completed"
             *             ],
             *             "courseId": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
             *           }
             *         }
             *       ]
             *     }
             */
            rule: {
                [key: string]: unknown;
            };
        };
        SegmentLearnerDto: {
            /** Format: uuid */
            id: string;
            /** @example E-10042 */
            externalId: string;
            /** @example jeanne.dupont@acme.fr */
            email: string;
            /** @example Jeanne */
            firstName: string | null;
            /** @example Dupont */
            lastName: string | null;
            /** @example Sales */
            department: string | null;
            /** @example Lyon */
            site: string | null;
            /** @example FR */
            country: string | null;
        };
        SegmentPreviewDto: {
            /**
             * @description Learners of the workspace the rule selects now
             * @example 1284
             */
            count: number;
            /** @description Up to 10 of them, newest first */
            sample: components["schemas"]["SegmentLearnerDto"][];
            /**
             * @description `opens_aggregate`: the workspace keeps opens in aggregate only (no open is recorded per learner any more), so the rule’s `engagement.opened` conditions only sees opens recorded before the switch and opens proven by a click
             * @example []
             */
            caveats: "opens_aggregate"[];
        };
        SegmentFieldDto: {
            /**
             * @description `attributes.<key>` stands for any attribute key matching keyPattern
             * @example department
             */
            field: string;
            /**
             * @description text, date (YYYY-MM-DD), timestamp (ISO 8601), boolean, attribute (string, number, boolean or date), persona (id or name), enrollment (a status, in the course or session named by courseId or sessionId, else in any of them), engagement (exists, or within_last_days)
             * @example text
             * @enum {string}
             */
            type: "text" | "date" | "timestamp" | "boolean" | "attribute" | "persona" | "enrollment" | "engagement";
            /**
             * @example [
             *       "eq",
             *       "neq",
             *       "in",
             *       "nin",
             *       "contains",
             *       "starts_with",
             *       "exists"
             *     ]
             */
            operators: ("eq" | "neq" | "in" | "nin" | "contains" | "starts_with" | "gt" | "gte" | "lt" | "lte" | "between" | "exists" | "within_last_days" | "before" | "after")[];
            /** @description The only values the field takes (enrollment.status) */
            values?: ("invited" | "enrolled" | "started" | "completed" | "dropped")[];
            /**
             * @description For attributes.<key>: what a key may be
             * @example ^[A-Za-z0-9_.-]{1,64}$
             */
            keyPattern?: string;
            /** @description enrollment.status may name one of these; naming neither means any enrolment of the learner */
            scope?: ("courseId" | "sessionId")[];
            /**
             * @description `opens_aggregate`: the workspace keeps opens in aggregate only (no open is recorded per learner any more), so `engagement.opened` only sees opens recorded before the switch and opens proven by a click
             * @enum {string}
             */
            caveat?: "opens_aggregate";
        };
        SegmentLimitsDto: {
            /**
             * @description Levels of nesting, the top group included
             * @example 12
             */
            maxDepth: number;
            /**
             * @description Groups and conditions in one rule
             * @example 500
             */
            maxNodes: number;
            /**
             * @description Values of an in / nin list
             * @example 10000
             */
            maxListValues: number;
            /**
             * @description Characters of a text value
             * @example 1000
             */
            maxStringLength: number;
            /**
             * @description Largest number of days of within_last_days
             * @example 36500
             */
            maxDays: number;
        };
        SegmentFieldCatalogDto: {
            /**
             * @description How the workspace keeps email opens: per learner, or in aggregate only (then `engagement.opened` carries a caveat)
             * @example per_learner
             * @enum {string}
             */
            openTracking: "per_learner" | "aggregate";
            fields: components["schemas"]["SegmentFieldDto"][];
            limits: components["schemas"]["SegmentLimitsDto"];
        };
        UpdateSegmentDto: {
            /**
             * @description Unique in the workspace
             * @example Sales, senior, not yet trained
             */
            name?: string;
            /** @example Senior sales people who have not enrolled in Negotiation yet */
            description?: string | null;
            /**
             * @description A rule in the segment language: groups {"all": [...]}, {"any": [...]}, {"not": {...}} around conditions {"field", "op", "value"} (see the README, "The segment language"). Errors name the JSON path of the bad node.
             * @example {
             *       "all": [
             *         {
             *           "field": "department",
             *           "op": "in",
             *           "value": [
             *             "Sales",
             *             "Marketing"
             *           ]
             *         },
             *         {
             *           "field": "attributes.level",
             *           "op": "gte",
             *           "value": 3
             *         },
             *         {
             *           "not": {
             *             "field": "enrollment.status",
             *             "op": "in",
             *             "value": [
             *               "enrolled",
             *               "completed"
             *             ],
             *             "courseId": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
             *           }
             *         }
             *       ]
             *     }
             */
            rule?: {
                [key: string]: unknown;
            };
            /**
             * @description dynamic: evaluated each time it is used; static: the learners matching now are frozen as its members. On update, static freezes the current members and dynamic drops the frozen list; a new rule leaves the frozen members until the next freeze.
             * @default dynamic
             * @example dynamic
             * @enum {string}
             */
            kind?: "dynamic" | "static";
        };
        SegmentLearnerPageDto: {
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
            items: components["schemas"]["SegmentLearnerDto"][];
        };
        BrandColorsDto: {
            /**
             * @description Buttons, links, header rule
             * @example #1f4e8c
             */
            primary?: string;
            /**
             * @description Titles
             * @example #0f2c52
             */
            secondary?: string;
            /**
             * @description Highlights, sponsor quote rule
             * @example #f2a900
             */
            accent?: string;
            /** @example #1d2433 */
            text?: string;
            /**
             * @description Footer and secondary text
             * @example #5b6475
             */
            muted?: string;
            /**
             * @description Around the email
             * @example #f3f5f9
             */
            background?: string;
            /**
             * @description Behind the content
             * @example #ffffff
             */
            surface?: string;
            /**
             * @description Text on buttons
             * @example #ffffff
             */
            buttonText?: string;
        };
        BrandKitTranslationDto: {
            /**
             * @description The locale these values are written in ("fr", "en", "fr-CA")
             * @example en
             */
            locale: string;
            /** @example Acme Learning Academy */
            senderName?: string | null;
            /** @example Acme Learning Academy logo */
            logoAlt?: string | null;
            /** @example You receive this email as a member of the Acme learning community. */
            footerText?: string | null;
            /** @example Acme Ltd, 1 King Street, London. */
            legalMention?: string | null;
        };
        BrandKitDto: {
            /** Format: uuid */
            id: string;
            /** @example Acme Learning Academy */
            name: string;
            /** @example true */
            isDefault: boolean;
            colors: components["schemas"]["BrandColorsDto"];
            /** @example https://cdn.acme.example/learning-logo.png */
            logoUrl: string | null;
            /** @example Acme Learning Academy */
            logoAlt: string | null;
            /** @example Helvetica, Arial, sans-serif */
            fontFamily: string;
            /** @example Acme Learning Academy */
            senderName: string;
            /** @example learning@acme.example */
            senderEmail: string;
            /** @example learning-team@acme.example */
            replyTo: string | null;
            footerText: string | null;
            legalMention: string | null;
            translations: components["schemas"]["BrandKitTranslationDto"][];
            /**
             * @description Bumped on every change
             * @example 3
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateBrandKitDto: {
            /** @example Acme Learning Academy */
            name: string;
            /**
             * @description Use this kit when none is named. The first kit of a workspace is the default.
             * @example true
             */
            isDefault?: boolean;
            /** @description Colours not given keep Clarion’s defaults */
            colors?: components["schemas"]["BrandColorsDto"];
            /** @example https://cdn.acme.example/learning-logo.png */
            logoUrl?: string | null;
            /**
             * @description Alt text of the logo (plain text, shown as written)
             * @example Acme Learning Academy
             */
            logoAlt?: string | null;
            /** @example 'Source Sans Pro', Helvetica, Arial, sans-serif */
            fontFamily?: string;
            /** @example Acme Learning Academy */
            senderName: string;
            /** @example learning@acme.example */
            senderEmail: string;
            /** @example learning-team@acme.example */
            replyTo?: string | null;
            /**
             * @description Plain text, shown as written: never compiled as a template
             * @example You receive this email as a member of the Acme learning community.
             */
            footerText?: string | null;
            /**
             * @description Plain text, shown as written: never compiled as a template
             * @example Acme SA, 12 rue de la Paix, 75002 Paris. RCS Paris 123 456 789.
             */
            legalMention?: string | null;
            /** @description The sender name, logo text, footer and legal mention in other languages than the workspace’s (the values above). Each email takes the learner’s locale, then the workspace’s, then any. On update, replaces the whole list. */
            translations?: components["schemas"]["BrandKitTranslationDto"][];
        };
        BrandKitPageDto: {
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
            items: components["schemas"]["BrandKitDto"][];
        };
        UpdateBrandKitDto: {
            /** @example Acme Learning Academy */
            name?: string;
            /**
             * @description Use this kit when none is named. The first kit of a workspace is the default.
             * @example true
             */
            isDefault?: boolean;
            /** @description Colours not given keep Clarion’s defaults */
            colors?: components["schemas"]["BrandColorsDto"];
            /** @example https://cdn.acme.example/learning-logo.png */
            logoUrl?: string | null;
            /**
             * @description Alt text of the logo (plain text, shown as written)
             * @example Acme Learning Academy
             */
            logoAlt?: string | null;
            /** @example 'Source Sans Pro', Helvetica, Arial, sans-serif */
            fontFamily?: string;
            /** @example Acme Learning Academy */
            senderName?: string;
            /** @example learning@acme.example */
            senderEmail?: string;
            /** @example learning-team@acme.example */
            replyTo?: string | null;
            /**
             * @description Plain text, shown as written: never compiled as a template
             * @example You receive this email as a member of the Acme learning community.
             */
            footerText?: string | null;
            /**
             * @description Plain text, shown as written: never compiled as a template
             * @example Acme SA, 12 rue de la Paix, 75002 Paris. RCS Paris 123 456 789.
             */
            legalMention?: string | null;
            /** @description The sender name, logo text, footer and legal mention in other languages than the workspace’s (the values above). Each email takes the learner’s locale, then the workspace’s, then any. On update, replaces the whole list. */
            translations?: components["schemas"]["BrandKitTranslationDto"][];
        };
        CreatePersonaDto: {
            /** @example Joined less than a year ago, eager to prove themselves and build a network. */
            summary?: string | null;
            /** @example Learns in short bursts between meetings; finishes what has a visible payoff. */
            behaviouralModel?: string | null;
            /** @example Follows peers and their manager; shares wins on the internal network. */
            socialModel?: string | null;
            /**
             * @description Short-term goals (at most 50 items of 500 characters)
             * @example [
             *       "Master the CRM"
             *     ]
             */
            shortTermGoals?: string[];
            /**
             * @description Long-term goals (at most 50 items of 500 characters)
             * @example [
             *       "Become a team lead"
             *     ]
             */
            longTermGoals?: string[];
            /**
             * @description Needs (at most 50 items of 500 characters)
             * @example [
             *       "Concrete, job-related examples"
             *     ]
             */
            needs?: string[];
            /**
             * @description Ambitions (at most 50 items of 500 characters)
             * @example [
             *       "Be recognised by leadership"
             *     ]
             */
            ambitions?: string[];
            /**
             * @description Objections (at most 50 items of 500 characters)
             * @example [
             *       "No time during closing weeks"
             *     ]
             */
            objections?: string[];
            /**
             * @description Channels in order of preference, no duplicates
             * @example [
             *       "email",
             *       "post"
             *     ]
             */
            preferredChannels?: ("email" | "post" | "talking_points")[];
            /**
             * @description Days to reach them, no duplicates
             * @example [
             *       "tue",
             *       "thu"
             *     ]
             */
            preferredDays?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
            /**
             * @description Preferred local time, HH:MM (24 h)
             * @example 09:30
             */
            preferredTime?: string | null;
            /** @example Energetic, concrete, peer-to-peer */
            tone?: string | null;
            /**
             * @description Learners matching it are given this persona by POST /v1/personas/{id}/assign. A rule in the segment language: groups {"all": [...]}, {"any": [...]}, {"not": {...}} around conditions {"field", "op", "value"} (see the README, "The segment language"). Errors name the JSON path of the bad node.
             * @example {
             *       "all": [
             *         {
             *           "field": "department",
             *           "op": "in",
             *           "value": [
             *             "Sales",
             *             "Customer Success"
             *           ]
             *         },
             *         {
             *           "field": "hireDate",
             *           "op": "within_last_days",
             *           "value": 365
             *         }
             *       ]
             *     }
             */
            assignmentRule?: {
                [key: string]: unknown;
            } | null;
            /**
             * @description Unique in the workspace
             * @example Ambitious newcomer
             */
            name: string;
        };
        PersonaDto: {
            /** Format: uuid */
            id: string;
            /** @example Ambitious newcomer */
            name: string;
            /** @example Joined less than a year ago, eager to prove themselves. */
            summary: string | null;
            /** @example Learns in short bursts between meetings. */
            behaviouralModel: string | null;
            /** @example Follows peers and their manager. */
            socialModel: string | null;
            /**
             * @example [
             *       "Master the CRM"
             *     ]
             */
            shortTermGoals: string[];
            /**
             * @example [
             *       "Become a team lead"
             *     ]
             */
            longTermGoals: string[];
            /**
             * @example [
             *       "Concrete, job-related examples"
             *     ]
             */
            needs: string[];
            /**
             * @example [
             *       "Be recognised by leadership"
             *     ]
             */
            ambitions: string[];
            /**
             * @example [
             *       "No time during closing weeks"
             *     ]
             */
            objections: string[];
            /**
             * @description In order of preference
             * @example [
             *       "email",
             *       "post"
             *     ]
             */
            preferredChannels: ("email" | "post" | "talking_points")[];
            /**
             * @example [
             *       "tue",
             *       "thu"
             *     ]
             */
            preferredDays: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
            /** @example 09:30 */
            preferredTime: string | null;
            /** @example Energetic, concrete, peer-to-peer */
            tone: string | null;
            /**
             * @example {
             *       "all": [
             *         {
             *           "field": "department",
             *           "op": "in",
             *           "value": [
             *             "Sales",
             *             "Customer Success"
             *           ]
             *         },
             *         {
             *           "field": "hireDate",
             *           "op": "within_last_days",
             *           "value": 365
             *         }
             *       ]
             *     }
             */
            assignmentRule: {
                [key: string]: unknown;
            } | null;
            /**
             * @description Learners who have this persona now
             * @example 128
             */
            learnerCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PersonaPageDto: {
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
            items: components["schemas"]["PersonaDto"][];
        };
        UpdatePersonaDto: {
            /** @example Joined less than a year ago, eager to prove themselves and build a network. */
            summary?: string | null;
            /** @example Learns in short bursts between meetings; finishes what has a visible payoff. */
            behaviouralModel?: string | null;
            /** @example Follows peers and their manager; shares wins on the internal network. */
            socialModel?: string | null;
            /**
             * @description Short-term goals (at most 50 items of 500 characters)
             * @example [
             *       "Master the CRM"
             *     ]
             */
            shortTermGoals?: string[];
            /**
             * @description Long-term goals (at most 50 items of 500 characters)
             * @example [
             *       "Become a team lead"
             *     ]
             */
            longTermGoals?: string[];
            /**
             * @description Needs (at most 50 items of 500 characters)
             * @example [
             *       "Concrete, job-related examples"
             *     ]
             */
            needs?: string[];
            /**
             * @description Ambitions (at most 50 items of 500 characters)
             * @example [
             *       "Be recognised by leadership"
             *     ]
             */
            ambitions?: string[];
            /**
             * @description Objections (at most 50 items of 500 characters)
             * @example [
             *       "No time during closing weeks"
             *     ]
             */
            objections?: string[];
            /**
             * @description Channels in order of preference, no duplicates
             * @example [
             *       "email",
             *       "post"
             *     ]
             */
            preferredChannels?: ("email" | "post" | "talking_points")[];
            /**
             * @description Days to reach them, no duplicates
             * @example [
             *       "tue",
             *       "thu"
             *     ]
             */
            preferredDays?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
            /**
             * @description Preferred local time, HH:MM (24 h)
             * @example 09:30
             */
            preferredTime?: string | null;
            /** @example Energetic, concrete, peer-to-peer */
            tone?: string | null;
            /**
             * @description Learners matching it are given this persona by POST /v1/personas/{id}/assign. A rule in the segment language: groups {"all": [...]}, {"any": [...]}, {"not": {...}} around conditions {"field", "op", "value"} (see the README, "The segment language"). Errors name the JSON path of the bad node.
             * @example {
             *       "all": [
             *         {
             *           "field": "department",
             *           "op": "in",
             *           "value": [
             *             "Sales",
             *             "Customer Success"
             *           ]
             *         },
             *         {
             *           "field": "hireDate",
             *           "op": "within_last_days",
             *           "value": 365
             *         }
             *       ]
             *     }
             */
            assignmentRule?: {
                [key: string]: unknown;
            } | null;
            /**
             * @description Unique in the workspace
             * @example Ambitious newcomer
             */
            name?: string;
        };
        PersonaTakenFromDto: {
            /**
             * Format: uuid
             * @description The persona these learners have now; null for none
             */
            personaId: string | null;
            /** @example Busy manager */
            personaName: string | null;
            /** @example 12 */
            count: number;
        };
        PersonaAssignmentPreviewDto: {
            /**
             * @description Learners that assigning now would give this persona (those who already have it are not counted)
             * @example 42
             */
            assigned: number;
            /** @description Which persona (or none) they have now, the largest group first */
            from: components["schemas"]["PersonaTakenFromDto"][];
            /**
             * @description Learners the saved rule selects now (assigned + those of them who already have this persona)
             * @example 120
             */
            matched: number;
            /**
             * @description Learners who have this persona now
             * @example 90
             */
            members: number;
            /**
             * @description Learners who have this persona now but whom the rule no longer selects: assigning keeps it for them
             * @example 12
             */
            keptWithoutMatch: number;
            /**
             * @description Learners who will have this persona after assigning (members + assigned)
             * @example 132
             */
            membersAfter: number;
        };
        PersonaAssignmentDto: {
            /**
             * @description Learners newly given this persona (those who already had it are not counted)
             * @example 42
             */
            assigned: number;
        };
        CreateTemplateDto: {
            /** @example Invitation — spring cohort */
            name: string;
            /** @example Sent three weeks before the session to the whole audience */
            description?: string | null;
            /**
             * @example email
             * @enum {string}
             */
            channel: "email" | "post" | "talking_points";
            /**
             * @example invitation
             * @enum {string}
             */
            purpose: "teaser" | "invitation" | "sponsor_word" | "enrolment_reminder" | "last_call" | "practical_info" | "welcome" | "nudge" | "congratulations" | "feedback_survey" | "next_course" | "talking_points" | "session_announcement" | "completion_celebration" | "session_changed" | "session_cancelled" | "other";
            /**
             * @example before
             * @enum {string}
             */
            phase: "before" | "during" | "after";
            /**
             * @description Content per locale. Email: {subject, preheader, body (MJML + Handlebars: the content of mj-body), text?}. Post: {title, body (Markdown + Handlebars), callToAction?: {label, url}}. Talking points: {subject, preheader, intro, keyMessages[], postText, faq: [{question, answer}]}.
             * @example {
             *       "fr": {
             *         "subject": "{{learner.firstName}}, une place vous attend pour {{course.title}}",
             *         "preheader": "Session du {{formatDate session.startsAt}}, inscriptions ouvertes",
             *         "body": "<mj-section><mj-column><mj-text>Bonjour {{learner.firstName}},</mj-text>{{> button url=links.enrol label=\"Je m’inscris\"}}</mj-column></mj-section>"
             *       },
             *       "en": {
             *         "subject": "{{learner.firstName}}, a seat is waiting for you in {{course.title}}",
             *         "preheader": "Session on {{formatDate session.startsAt}}, enrolment open",
             *         "body": "<mj-section><mj-column><mj-text>Hello {{learner.firstName}},</mj-text>{{> button url=links.enrol label=\"Enrol\"}}</mj-column></mj-section>"
             *       }
             *     }
             */
            variants: {
                [key: string]: unknown;
            };
        };
        TemplateUseDto: {
            /** Format: uuid */
            id: string;
            /** @example Spring cohort — data literacy */
            name: string;
            /** @enum {string} */
            status: "draft" | "scheduled" | "running" | "paused" | "completed" | "cancelled";
        };
        VersionSummaryDto: {
            /**
             * Format: uuid
             * @description What a campaign step pins
             */
            id: string;
            /** @example 2 */
            version: number;
            /**
             * @example [
             *       "en",
             *       "fr"
             *     ]
             */
            locales: string[];
            /**
             * @example [
             *       "learner.firstName",
             *       "session.startsAt"
             *     ]
             */
            variables: string[];
            /**
             * @description draft, in_review, changes_requested or approved; only approved versions may be pinned where the workspace asks for a review
             * @enum {string}
             */
            status: "draft" | "in_review" | "changes_requested" | "approved";
            /** Format: date-time */
            createdAt: string;
        };
        VersionDto: {
            /**
             * Format: uuid
             * @description What a campaign step pins
             */
            id: string;
            /** @example 2 */
            version: number;
            /**
             * @example [
             *       "en",
             *       "fr"
             *     ]
             */
            locales: string[];
            /**
             * @example [
             *       "learner.firstName",
             *       "session.startsAt"
             *     ]
             */
            variables: string[];
            /**
             * @description draft, in_review, changes_requested or approved; only approved versions may be pinned where the workspace asks for a review
             * @enum {string}
             */
            status: "draft" | "in_review" | "changes_requested" | "approved";
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            templateId: string;
            /**
             * @example {
             *       "fr": {
             *         "subject": "{{learner.firstName}}, une place vous attend pour {{course.title}}",
             *         "preheader": "Session du {{formatDate session.startsAt}}, inscriptions ouvertes",
             *         "body": "<mj-section><mj-column><mj-text>Bonjour {{learner.firstName}},</mj-text>{{> button url=links.enrol label=\"Je m’inscris\"}}</mj-column></mj-section>"
             *       },
             *       "en": {
             *         "subject": "{{learner.firstName}}, a seat is waiting for you in {{course.title}}",
             *         "preheader": "Session on {{formatDate session.startsAt}}, enrolment open",
             *         "body": "<mj-section><mj-column><mj-text>Hello {{learner.firstName}},</mj-text>{{> button url=links.enrol label=\"Enrol\"}}</mj-column></mj-section>"
             *       }
             *     }
             */
            variants: {
                [key: string]: unknown;
            };
        };
        ReviewRecordDto: {
            /** Format: uuid */
            id: string;
            /** @example 3 */
            version: number;
            /**
             * @description submitted, approved, changes_requested, or auto_approved (saved where no review is asked, or installed from the starter library)
             * @enum {string}
             */
            action: "submitted" | "approved" | "changes_requested" | "auto_approved";
            /** @example Le bouton doit dire « Je m’inscris ». */
            comment: string | null;
            /**
             * @description The person’s name, the API key’s name, or null (the command line, or someone since removed)
             * @example Camille Martin
             */
            actor: string | null;
            /** @enum {string|null} */
            actorKind: "user" | "api_key" | null;
            /** Format: date-time */
            createdAt: string;
        };
        TemplateDetailDto: {
            /** Format: uuid */
            id: string;
            /** @example Invitation — spring cohort */
            name: string;
            description: string | null;
            /** @enum {string} */
            channel: "email" | "post" | "talking_points";
            /** @enum {string} */
            purpose: "teaser" | "invitation" | "sponsor_word" | "enrolment_reminder" | "last_call" | "practical_info" | "welcome" | "nudge" | "congratulations" | "feedback_survey" | "next_course" | "talking_points" | "session_announcement" | "completion_celebration" | "session_changed" | "session_cancelled" | "other";
            /** @enum {string} */
            phase: "before" | "during" | "after";
            /**
             * @description Key of the starter it was installed from
             * @example invitation
             */
            starterKey: string | null;
            /** @example 3 */
            latestVersion: number;
            /**
             * @description Locales of the latest version
             * @example [
             *       "en",
             *       "fr"
             *     ]
             */
            locales: string[];
            /**
             * @description Review state of the latest version
             * @enum {string}
             */
            latestStatus: "draft" | "in_review" | "changes_requested" | "approved";
            /** @description Campaigns, of any status, whose steps pin one of its versions */
            usedBy: components["schemas"]["TemplateUseDto"][];
            /**
             * Format: date-time
             * @description Set when archived: hidden from the library, kept for the campaigns using it
             */
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Newest first */
            versions: components["schemas"]["VersionSummaryDto"][];
            /** @description The latest version with its content */
            latest: components["schemas"]["VersionDto"];
            /** @description Every review transition of its versions, newest first */
            reviews: components["schemas"]["ReviewRecordDto"][];
        };
        InstallStartersResultDto: {
            /**
             * @example [
             *       "invitation",
             *       "welcome"
             *     ]
             */
            installed: string[];
            /**
             * @description Starters the workspace already had
             * @example []
             */
            skipped: string[];
        };
        BrandDraftDto: {
            /** @example Acme Learning Academy */
            name?: string;
            /** @description Colours not given keep Clarion’s defaults */
            colors?: components["schemas"]["BrandColorsDto"];
            /** @example https://cdn.acme.example/learning-logo.png */
            logoUrl?: string | null;
            /**
             * @description Alt text of the logo (plain text, shown as written)
             * @example Acme Learning Academy
             */
            logoAlt?: string | null;
            /** @example 'Source Sans Pro', Helvetica, Arial, sans-serif */
            fontFamily?: string;
            /** @example Acme Learning Academy */
            senderName?: string;
            /**
             * @description Plain text, shown as written: never compiled as a template
             * @example You receive this email as a member of the Acme learning community.
             */
            footerText?: string | null;
            /**
             * @description Plain text, shown as written: never compiled as a template
             * @example Acme SA, 12 rue de la Paix, 75002 Paris. RCS Paris 123 456 789.
             */
            legalMention?: string | null;
            /** @description The sender name, logo text, footer and legal mention in other languages than the workspace’s (the values above). Each email takes the learner’s locale, then the workspace’s, then any. On update, replaces the whole list. */
            translations?: components["schemas"]["BrandKitTranslationDto"][];
        };
        RenderDraftDto: {
            /**
             * @description Wanted locale; else the learner’s, the workspace default, then any
             * @example fr
             */
            locale?: string;
            /**
             * Format: uuid
             * @description Render for this learner (with their persona)
             */
            learnerId?: string;
            /**
             * Format: uuid
             * @description Render with this persona on the sample learner
             */
            personaId?: string;
            /**
             * Format: uuid
             * @description Brand kit; else the campaign’s, else the workspace default
             */
            brandKitId?: string;
            /**
             * Format: uuid
             * @description Render as the engine will for this campaign: its course (in the message’s language), session (in the learner’s zone), sponsor and brand kit; with learnerId, as that learner receives it
             */
            campaignId?: string;
            /** @description Brand values being edited (colours, logo, font, texts, translations): they override the kit’s, for the brand kit editor’s live preview */
            brand?: components["schemas"]["BrandDraftDto"];
            /**
             * @example email
             * @enum {string}
             */
            channel: "email" | "post" | "talking_points";
            /** @description The whole content, as POST /v1/templates/:id/versions takes it */
            variants: {
                [key: string]: unknown;
            };
        };
        PostPreviewDto: {
            /** @example New session: Leading hybrid teams */
            title: string;
            /** @example Join **Leading hybrid teams** on Tuesday 14 January. */
            markdown: string;
            /** @description Slack incoming-webhook body (Block Kit) */
            slack: {
                [key: string]: unknown;
            };
            /** @description Teams Workflows webhook body (Adaptive Card 1.4) */
            teams: {
                [key: string]: unknown;
            };
            /** @description Generic JSON webhook body {title, text, markdown, html, url} */
            webhook: {
                [key: string]: unknown;
            };
        };
        DraftRenderResultDto: {
            /** @description Each problem with its place (`variants.fr.body`) and line ("line 3: …"); empty when the draft would save */
            errors: components["schemas"]["ErrorDetailDto"][];
            /**
             * @description Declared variables the draft uses
             * @example [
             *       "learner.firstName",
             *       "session.startsAt"
             *     ]
             */
            variables: string[];
            /**
             * @description The locale rendered, after fallback; null when there are problems
             * @example fr
             */
            locale: string | null;
            subject: string | null;
            preheader: string | null;
            /** @description Rendered HTML (a post as HTML); null when there are problems */
            html: string | null;
            text: string | null;
            /** @description Posts only */
            post?: components["schemas"]["PostPreviewDto"];
        };
        VocabularyVariableDto: {
            /**
             * @description As written in a template: {{learner.firstName}}
             * @example learner.firstName
             */
            path: string;
            /**
             * @description `url` values are only ever http(s) (the link variables); `date` values ISO 8601
             * @example string
             * @enum {string}
             */
            type: "string" | "number" | "date" | "url" | "list";
        };
        VocabularyPartialDto: {
            /** @example button */
            name: string;
            /**
             * @description Hash parameters: {{> button url=links.enrol label="Enrol"}}
             * @example [
             *       "url",
             *       "label"
             *     ]
             */
            parameters: string[];
            /**
             * @description The MJML element it is and where it may stand in the body
             * @example <mj-button>, inside an <mj-column>, like an <mj-text>
             */
            where: string;
        };
        TemplateVocabularyDto: {
            /** @description Declared variables of the channel (posts have no learner, persona or ambassador; talking points no learner) */
            variables: components["schemas"]["VocabularyVariableDto"][];
            /**
             * @description Helpers, Handlebars’ built-in blocks included
             * @example [
             *       "if",
             *       "unless",
             *       "each",
             *       "with",
             *       "formatDate",
             *       "de"
             *     ]
             */
            helpers: string[];
            /** @description Partials (email bodies only; empty for other channels) */
            partials: components["schemas"]["VocabularyPartialDto"][];
        };
        TemplateDto: {
            /** Format: uuid */
            id: string;
            /** @example Invitation — spring cohort */
            name: string;
            description: string | null;
            /** @enum {string} */
            channel: "email" | "post" | "talking_points";
            /** @enum {string} */
            purpose: "teaser" | "invitation" | "sponsor_word" | "enrolment_reminder" | "last_call" | "practical_info" | "welcome" | "nudge" | "congratulations" | "feedback_survey" | "next_course" | "talking_points" | "session_announcement" | "completion_celebration" | "session_changed" | "session_cancelled" | "other";
            /** @enum {string} */
            phase: "before" | "during" | "after";
            /**
             * @description Key of the starter it was installed from
             * @example invitation
             */
            starterKey: string | null;
            /** @example 3 */
            latestVersion: number;
            /**
             * @description Locales of the latest version
             * @example [
             *       "en",
             *       "fr"
             *     ]
             */
            locales: string[];
            /**
             * @description Review state of the latest version
             * @enum {string}
             */
            latestStatus: "draft" | "in_review" | "changes_requested" | "approved";
            /** @description Campaigns, of any status, whose steps pin one of its versions */
            usedBy: components["schemas"]["TemplateUseDto"][];
            /**
             * Format: date-time
             * @description Set when archived: hidden from the library, kept for the campaigns using it
             */
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TemplatePageDto: {
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
            items: components["schemas"]["TemplateDto"][];
        };
        UpdateTemplateDto: {
            /** @example Invitation — autumn cohort */
            name?: string;
            /**
             * @description null clears it
             * @example Sent three weeks before the session
             */
            description?: string | null;
            /** @enum {string} */
            purpose?: "teaser" | "invitation" | "sponsor_word" | "enrolment_reminder" | "last_call" | "practical_info" | "welcome" | "nudge" | "congratulations" | "feedback_survey" | "next_course" | "talking_points" | "session_announcement" | "completion_celebration" | "session_changed" | "session_cancelled" | "other";
            /** @enum {string} */
            phase?: "before" | "during" | "after";
        };
        DuplicateTemplateDto: {
            /**
             * @description Default: the name followed by "(copy)" in the workspace’s language
             * @example Invitation — autumn cohort
             */
            name?: string;
        };
        CreateVersionDto: {
            /**
             * @description Content per locale. Email: {subject, preheader, body (MJML + Handlebars: the content of mj-body), text?}. Post: {title, body (Markdown + Handlebars), callToAction?: {label, url}}. Talking points: {subject, preheader, intro, keyMessages[], postText, faq: [{question, answer}]}.
             * @example {
             *       "fr": {
             *         "subject": "{{learner.firstName}}, une place vous attend pour {{course.title}}",
             *         "preheader": "Session du {{formatDate session.startsAt}}, inscriptions ouvertes",
             *         "body": "<mj-section><mj-column><mj-text>Bonjour {{learner.firstName}},</mj-text>{{> button url=links.enrol label=\"Je m’inscris\"}}</mj-column></mj-section>"
             *       },
             *       "en": {
             *         "subject": "{{learner.firstName}}, a seat is waiting for you in {{course.title}}",
             *         "preheader": "Session on {{formatDate session.startsAt}}, enrolment open",
             *         "body": "<mj-section><mj-column><mj-text>Hello {{learner.firstName}},</mj-text>{{> button url=links.enrol label=\"Enrol\"}}</mj-column></mj-section>"
             *       }
             *     }
             */
            variants: {
                [key: string]: unknown;
            };
        };
        ReviewCommentDto: {
            /** @example Ready for the spring cohort */
            comment?: string | null;
        };
        ReviewResultDto: {
            /**
             * @example in_review
             * @enum {string}
             */
            status: "draft" | "in_review" | "changes_requested" | "approved";
        };
        RequestChangesDto: {
            /** @example Le bouton doit dire « Je m’inscris », et le mot du sponsor manque en anglais. */
            comment: string;
        };
        PreviewTemplateDto: {
            /**
             * @description Version to render; the latest when absent
             * @example 2
             */
            version?: number;
            /**
             * @description Wanted locale; else the learner’s, the workspace default, then any
             * @example fr
             */
            locale?: string;
            /**
             * Format: uuid
             * @description Render for this learner (with their persona)
             */
            learnerId?: string;
            /**
             * Format: uuid
             * @description Render with this persona on the sample learner
             */
            personaId?: string;
            /**
             * Format: uuid
             * @description Brand kit; else the campaign’s, else the workspace default
             */
            brandKitId?: string;
            /**
             * Format: uuid
             * @description Render as the engine will for this campaign: its course (in the message’s language), session (in the learner’s zone), sponsor and brand kit; with learnerId, as that learner receives it
             */
            campaignId?: string;
        };
        PreviewResultDto: {
            /** @example 2 */
            version: number;
            /** Format: uuid */
            versionId: string;
            /**
             * @description The locale rendered, after fallback
             * @example fr
             */
            locale: string;
            /** @enum {string} */
            channel: "email" | "post" | "talking_points";
            /** @example Camille, une place vous attend */
            subject: string | null;
            preheader: string | null;
            /** @description Rendered HTML */
            html: string;
            /** @description Plain-text part */
            text: string;
            /** @description Posts only */
            post?: components["schemas"]["PostPreviewDto"];
        };
        TestSendDto: {
            /**
             * @description Version to render; the latest when absent
             * @example 2
             */
            version?: number;
            /**
             * @description Wanted locale; else the learner’s, the workspace default, then any
             * @example fr
             */
            locale?: string;
            /**
             * Format: uuid
             * @description Render for this learner (with their persona)
             */
            learnerId?: string;
            /**
             * Format: uuid
             * @description Render with this persona on the sample learner
             */
            personaId?: string;
            /**
             * Format: uuid
             * @description Brand kit; else the campaign’s, else the workspace default
             */
            brandKitId?: string;
            /**
             * Format: uuid
             * @description Render as the engine will for this campaign: its course (in the message’s language), session (in the learner’s zone), sponsor and brand kit; with learnerId, as that learner receives it
             */
            campaignId?: string;
            /**
             * @description Up to 10 plain addresses (local@domain) of the workspace’s own domains (its members’ and its senders’); the signed-in person’s own address when absent (required with an API key)
             * @example [
             *       "dlm@acme.example"
             *     ]
             */
            to?: string[];
        };
        TestSendRecipientDto: {
            /** @example dlm@acme.example */
            to: string;
            /**
             * @description suppressed: the workspace stopped sending to this address (bounces, complaints); refused: by the mail server
             * @enum {string}
             */
            status: "sent" | "suppressed" | "refused";
            /** @example <3f1c…@acme.example> */
            messageId?: string;
            /**
             * @description The mail server’s reply, when it refused the address
             * @example 550 5.1.1 No such user
             */
            reason?: string;
        };
        TestSendResultDto: {
            /**
             * Format: uuid
             * @description GET /v1/test-sends/:id answers again while it is queued
             */
            id: string;
            /**
             * @description queued: no worker has sent it yet (is one running?)
             * @enum {string}
             */
            status: "queued" | "done" | "failed";
            recipients: components["schemas"]["TestSendRecipientDto"][];
            /**
             * @description Where the emails went: the SMTP server, or the outbox folder (no SMTP_URL set)
             * @enum {string|null}
             */
            transport: "smtp" | "outbox" | null;
            /**
             * @description The SMTP server (host:port), or the .eml file of the last one written to the outbox
             * @example smtp.acme.example:587
             */
            destination: string | null;
            /** @description Why the worker could not send it, when failed */
            error: string | null;
            /** @example 2 */
            version: number;
            /** @example fr */
            locale: string;
        };
        CreateNetworkChannelDto: {
            /** @example Slack #learning */
            name: string;
            /**
             * @example slack
             * @enum {string}
             */
            kind: "slack" | "teams" | "webhook";
            /**
             * @description The incoming webhook URL. https, on hooks.slack.com for Slack and on *.logic.azure.com, *.powerplatform.com or *.webhook.office.com for Teams; any public host for a webhook. Stored encrypted and never returned.
             * @example https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX
             */
            url: string;
            /**
             * @description HMAC-SHA256 signing secret (16 to 256 characters). Required for `webhook`. Stored encrypted and never returned. On update, null removes it (not for `webhook`).
             * @example whsec_2b7c4f0e9d1a4c8bb1f3e6a7d9c0b2e4
             */
            secret?: string | null;
            /**
             * @default true
             * @example true
             */
            enabled?: boolean;
        };
        NetworkChannelDto: {
            /** Format: uuid */
            id: string;
            /** @example Slack #learning */
            name: string;
            /**
             * @example slack
             * @enum {string}
             */
            kind: "slack" | "teams" | "webhook";
            /**
             * @description Scheme, host and the last 4 characters of the URL
             * @example https://hooks.slack.com/…/XXXX
             */
            urlPreview: string;
            /** @example false */
            hasSecret: boolean;
            /** @example true */
            enabled: boolean;
            /** Format: date-time */
            lastTestedAt?: string | null;
            /**
             * @example sent
             * @enum {string|null}
             */
            lastTestOutcome?: "sent" | "transient" | "permanent" | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        NetworkChannelPageDto: {
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
            items: components["schemas"]["NetworkChannelDto"][];
        };
        UpdateNetworkChannelDto: {
            /** @example Slack #learning */
            name?: string;
            /**
             * @description The incoming webhook URL. https, on hooks.slack.com for Slack and on *.logic.azure.com, *.powerplatform.com or *.webhook.office.com for Teams; any public host for a webhook. Stored encrypted and never returned.
             * @example https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX
             */
            url?: string;
            /**
             * @description HMAC-SHA256 signing secret (16 to 256 characters). Required for `webhook`. Stored encrypted and never returned. On update, null removes it (not for `webhook`).
             * @example whsec_2b7c4f0e9d1a4c8bb1f3e6a7d9c0b2e4
             */
            secret?: string | null;
            /**
             * @default true
             * @example true
             */
            enabled?: boolean;
        };
        TestPostResultDto: {
            /**
             * @description `transient`: try again later; `permanent`: fix the channel
             * @example sent
             * @enum {string}
             */
            outcome: "sent" | "transient" | "permanent";
            /**
             * @description The receiver's HTTP status, when it answered
             * @example 200
             */
            status?: number | null;
            /**
             * @description Failure code: HTTP_404, TIMEOUT, DNS, CONNECTION, HOST_BLOCKED…
             * @example null
             */
            code?: string | null;
            /** @example The test post was accepted */
            message: string;
            /**
             * @description The wait the receiver asked for (Retry-After), in ms
             * @example null
             */
            retryAfterMs?: number | null;
        };
        /** @enum {string} */
        CampaignStatus: "draft" | "scheduled" | "running" | "paused" | "completed" | "cancelled";
        CalendarCampaignDto: {
            /** Format: uuid */
            id: string;
            /** @example Cybersecurity — March cohort */
            name: string;
            status: components["schemas"]["CampaignStatus"];
            /**
             * @description A stable colour index (from the id): the same campaign always gets the same colour
             * @example 3
             */
            colour: number;
        };
        /** @enum {string} */
        StepPhase: "before" | "during" | "after";
        /** @enum {string} */
        StepChannel: "email" | "post" | "talking_points" | "preferred";
        /**
         * @description `unplanned`: its deliveries are not written yet (about a day and a half ahead): the expected day, volume unknown
         * @enum {string}
         */
        CalendarEntryStatus: "unplanned" | "scheduled" | "sending" | "sent";
        CalendarEntryDto: {
            /**
             * Format: date
             * @description The day, in the workspace's zone
             * @example 2026-12-08
             */
            date: string;
            /** Format: uuid */
            campaignId: string;
            /** Format: uuid */
            stepId: string;
            /** @example Invitation */
            stepName: string;
            phase: components["schemas"]["StepPhase"];
            channel: components["schemas"]["StepChannel"];
            /**
             * @description A service message (practical information, a change notice…): it goes out on blackout days
             * @example false
             */
            service: boolean;
            /** @description `unplanned`: its deliveries are not written yet (about a day and a half ahead): the expected day, volume unknown */
            status: components["schemas"]["CalendarEntryStatus"];
            /**
             * @description Deliveries pending, queued or sending that day; null when unplanned
             * @example 120
             */
            planned: number | null;
            /**
             * @description Deliveries sent that day
             * @example 0
             */
            sent: number;
            /**
             * @description planned + sent: learners (or channels, for posts) reached that day
             * @example 120
             */
            volume: number | null;
        };
        CollisionLearnerDto: {
            /** Format: uuid */
            id: string;
            /** @example Camille */
            firstName: string | null;
            /** @example Martin */
            lastName: string | null;
        };
        CollisionStepDto: {
            /** Format: uuid */
            stepId: string;
            /** Format: uuid */
            campaignId: string;
            /**
             * @description Colliding learners this step reaches that day
             * @example 42
             */
            learners: number;
        };
        CollisionDto: {
            /**
             * Format: date
             * @example 2026-12-08
             */
            date: string;
            /**
             * @description Learners who would get more than the threshold that day
             * @example 42
             */
            learners: number;
            /**
             * @description The most messages one of them would get that day
             * @example 3
             */
            maxMessages: number;
            /** @description Up to 10 of them */
            sample: components["schemas"]["CollisionLearnerDto"][];
            steps: components["schemas"]["CollisionStepDto"][];
        };
        BlackoutDateDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @example 2026-07-14
             */
            startsOn: string;
            /**
             * Format: date
             * @example 2026-07-14
             */
            endsOn: string;
            /** @example Fête nationale */
            label: string;
            /** @example FR */
            country: string | null;
            /** @example null */
            site: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CalendarDto: {
            /**
             * Format: date
             * @example 2026-12-01
             */
            from: string;
            /**
             * Format: date
             * @example 2026-12-31
             */
            to: string;
            /**
             * @description Days are the workspace's
             * @example Europe/Paris
             */
            timeZone: string;
            /** @example 1 */
            threshold: number;
            /**
             * Format: date-time
             * @description When the volumes and collisions were computed (recomputed in the background after 30 seconds); steps not planned yet and blackouts are current
             */
            computedAt: string;
            /** @description Campaigns with something on these days; drafts are left out (nothing of theirs is scheduled) */
            campaigns: components["schemas"]["CalendarCampaignDto"][];
            /** @description One per step and day, by day then campaign */
            entries: components["schemas"]["CalendarEntryDto"][];
            collisions: components["schemas"]["CollisionDto"][];
            /** @description Blackouts overlapping the range */
            blackouts: components["schemas"]["BlackoutDateDto"][];
        };
        BlackoutDateListDto: {
            items: components["schemas"]["BlackoutDateDto"][];
        };
        CreateBlackoutDateDto: {
            /**
             * Format: date
             * @description First day, in each learner's own zone
             * @example 2026-12-24
             */
            startsOn: string;
            /**
             * Format: date
             * @description Last day, included (default: startsOn); at most 366 days
             * @example 2027-01-01
             */
            endsOn?: string;
            /** @example Fermeture de fin d'année */
            label: string;
            /**
             * @description Only learners of this country (ISO 3166-1 alpha-2)
             * @example FR
             */
            country?: string | null;
            /**
             * @description Only learners of this site (not with country)
             * @example Lyon
             */
            site?: string | null;
        };
        FrenchHolidaysDto: {
            /** @example 2027 */
            year: number;
            /**
             * @description For every learner, not only those whose country is FR
             * @default false
             * @example false
             */
            wholeWorkspace?: boolean;
        };
        FrenchHolidaysResultDto: {
            /** @description The holidays added (those already there are left as they are) */
            created: components["schemas"]["BlackoutDateDto"][];
            /**
             * @description Holidays already there
             * @example 0
             */
            skipped: number;
        };
        ReportCampaignDto: {
            /** Format: uuid */
            id: string;
            /** @example Hybrid management — spring session */
            name: string;
            /** @example running */
            status: string;
            /**
             * @description The zone the daily series is cut in
             * @example Europe/Paris
             */
            timeZone: string;
        };
        FunnelDto: {
            /**
             * @description Learners with a planned message (skipped and failed included), posts excluded
             * @example 1000
             */
            targeted: number;
            /**
             * @description Learners with at least one message sent
             * @example 940
             */
            sent: number;
            /**
             * @description Learners with a sent message that did not bounce
             * @example 930
             */
            delivered: number;
            /**
             * @description Learners with a human open (or a click, which proves one)
             * @example 410
             */
            opened: number;
            /**
             * @description Learners whose only opens came from privacy proxies or scanners
             * @example 120
             */
            machineOpened: number;
            /**
             * @description Learners with a human click
             * @example 150
             */
            clicked: number;
            /**
             * @description Learners whose enrolment is attributed to the campaign
             * @example 60
             */
            enrolled: number;
            /**
             * @description Of those enrolled through the campaign, learners who started
             * @example 50
             */
            started: number;
            /**
             * @description Of those enrolled through the campaign, learners who completed
             * @example 41
             */
            completed: number;
        };
        RatesDto: {
            /**
             * @description opened / delivered
             * @example 0.441
             */
            open: number | null;
            /**
             * @description clicked / delivered
             * @example 0.161
             */
            clickThrough: number | null;
            /**
             * @description clicked / opened
             * @example 0.366
             */
            clickToOpen: number | null;
            /**
             * @description enrolled / targeted
             * @example 0.06
             */
            participation: number | null;
            /**
             * @description enrolled / clicked
             * @example 0.4
             */
            conversion: number | null;
            /**
             * @description completed / enrolled
             * @example 0.683
             */
            completion: number | null;
        };
        ReachedDto: {
            /**
             * @description Learners the campaign targeted
             * @example 1000
             */
            targeted: number;
            /**
             * @description Of them, enrolled in the session, attributed to the campaign or not
             * @example 75
             */
            enrolled: number;
            /** @example 62 */
            started: number;
            /** @example 50 */
            completed: number;
        };
        EnrolledOverlapDto: {
            /**
             * @description Enrolled through the campaign (attributed) and, reached by it, enrolled in the session
             * @example 60
             */
            both: number;
            /**
             * @description Counted in funnel.enrolled only: credited to the campaign but not among the reached learners enrolled in the session (an ambassador share link without a message, or an enrolment in another session after a campaign click)
             * @example 5
             */
            attributedOnly: number;
            /**
             * @description Counted in reached.enrolled only: reached and enrolled in the session, with no enrolment credited to the campaign (no campaign click in the attribution window before enrolling, or a later click of another campaign won)
             * @example 6
             */
            reachedOnly: number;
        };
        ReportGoalDto: {
            /**
             * @description The campaign's goalEnrolments; null when none is set
             * @example 40
             */
            enrolments: number | null;
            /**
             * @description Progress towards it: enrolments attributed to the campaign (funnel.enrolled)
             * @example 31
             */
            enrolled: number;
            /**
             * @description enrolled / enrolments (may pass 1); null without a goal
             * @example 0.775
             */
            progress: number | null;
        };
        PostReportDto: {
            /**
             * Format: uuid
             * @description The post (one delivery per step and network channel)
             */
            deliveryId: string;
            /** Format: uuid */
            stepId: string;
            /** @example 2. Announcement on the Sales channel */
            stepName: string;
            /**
             * Format: uuid
             * @description Null once the channel was deleted
             */
            channelId: string | null;
            /** @example #sales-news */
            channelName: string | null;
            /** @enum {string|null} */
            channelKind: "slack" | "teams" | "webhook" | null;
            /**
             * @description The delivery status of the post
             * @example sent
             */
            status: string;
            /** Format: date-time */
            sentAt: string | null;
            /**
             * @description Human clicks on the post's tracked links (counted per post and channel: a post names no learner)
             * @example 37
             */
            clicks: number;
        };
        BreakdownRowDto: {
            /**
             * @description The group value (an id for steps and personas); null for learners without one
             * @example Sales
             */
            key: string | null;
            /** @example Sales */
            label: string;
            funnel: components["schemas"]["FunnelDto"];
            rates: components["schemas"]["RatesDto"];
        };
        BreakdownsDto: {
            /** @description Enrolments count for the step of their attributed click */
            step: components["schemas"]["BreakdownRowDto"][];
            channel: components["schemas"]["BreakdownRowDto"][];
            persona: components["schemas"]["BreakdownRowDto"][];
            department: components["schemas"]["BreakdownRowDto"][];
            site: components["schemas"]["BreakdownRowDto"][];
            variant: components["schemas"]["BreakdownRowDto"][];
        };
        DailyPointDto: {
            /**
             * @description Day in the workspace time zone
             * @example 2026-03-02
             */
            date: string;
            /**
             * @description Messages sent that day
             * @example 480
             */
            sent: number;
            /**
             * @description Messages opened by a human for the first time that day (a click proves an open)
             * @example 210
             */
            opened: number;
            /**
             * @description Messages clicked for the first time that day
             * @example 70
             */
            clicked: number;
            /**
             * @description Enrolments attributed to the campaign that day
             * @example 25
             */
            enrolled: number;
        };
        AbArmDto: {
            /** @example B */
            variant: string;
            /** @example 500 */
            targeted: number;
            /**
             * @description Trials of the test: messages that reached the learner
             * @example 488
             */
            delivered: number;
            /**
             * @description Successes: learners who clicked
             * @example 61
             */
            clicked: number;
            /**
             * @description clicked / delivered: the rate compared
             * @example 0.125
             */
            rate: number | null;
            /**
             * @description Enrolments attributed to this variant (for information)
             * @example 21
             */
            enrolled: number;
        };
        AbTestDto: {
            /** Format: uuid */
            stepId: string;
            /** @example Invitation */
            stepName: string;
            /**
             * @description The compared rate: clicked / delivered
             * @example click_through
             */
            metric: string;
            variants: components["schemas"]["AbArmDto"][];
            /**
             * @description The arm with the higher rate
             * @example B
             */
            leader: string | null;
            /**
             * @description Pooled two-proportion z of the leader against the runner-up
             * @example 3.19
             */
            z: number | null;
            /**
             * @description Two-sided p-value
             * @example 0.0014
             */
            pValue: number | null;
            /**
             * @example significant
             * @enum {string}
             */
            outcome: "significant" | "inconclusive" | "insufficient";
            /** @example 99 */
            confidence: number | null;
            /** @example B converts better, 99% confidence */
            verdict: string;
            /**
             * @description Auto-winner: share of the audience in the test
             * @example 0.2
             */
            testFraction: number | null;
            /**
             * @description Auto-winner: the variant the rest of the audience gets
             * @example B
             */
            winner: string | null;
            /** Format: date-time */
            decidedAt: string | null;
        };
        RoiDto: {
            /** @example 1200 */
            production: number | null;
            /** @example 16.5 */
            hours: number | null;
            /** @example 55 */
            hourlyRate: number | null;
            /** @example EUR */
            currency: string | null;
            /**
             * @description production + hours × hourlyRate
             * @example 2107.5
             */
            cost: number | null;
            /**
             * @description cost / enrolled; null without enrolment or cost
             * @example 35.13
             */
            costPerEnrolment: number | null;
            /**
             * @description cost / completed; null without completion or cost
             * @example 51.4
             */
            costPerCompletion: number | null;
        };
        AmbassadorRankDto: {
            /**
             * @description Competition ranking: ties share a rank
             * @example 1
             */
            rank: number;
            /** Format: uuid */
            learnerId: string;
            /** @example Inès Moreau */
            name: string;
            /** @example Sales */
            department: string | null;
            /**
             * @description Enrolments credited to this ambassador
             * @example 12
             */
            enrolled: number;
            /**
             * @description Of those, completed
             * @example 9
             */
            completed: number;
            /**
             * @description Human clicks on their short link or share link (people they brought to the enrol page)
             * @example 31
             */
            clicks: number;
            /**
             * @description Days on which the ambassador said "I shared it" on their page
             * @example 2
             */
            relayCount: number;
            /**
             * Format: date-time
             * @description The last time they said "I shared it"
             */
            relayedAt: string | null;
        };
        CampaignReportDto: {
            campaign: components["schemas"]["ReportCampaignDto"];
            /** Format: date-time */
            generatedAt: string;
            /**
             * @description How the workspace keeps opens, and so what the opened figures are. `per_learner`: learners with a human open (or a click). `aggregate`: opens counted by the pixel per step, variant, channel and day, without storing who opened — a learner who opens twice counts twice, and opens by persona, department or site are unknown (0, their open and click-to-open rates null).
             * @example per_learner
             * @enum {string}
             */
            openTracking: "per_learner" | "aggregate";
            funnel: components["schemas"]["FunnelDto"];
            rates: components["schemas"]["RatesDto"];
            /** @description The session's learners reached by the campaign, whatever the attribution */
            reached: components["schemas"]["ReachedDto"];
            /** @description Why funnel.enrolled and reached.enrolled differ: the learners each counts that the other does not */
            enrolledOverlap: components["schemas"]["EnrolledOverlapDto"];
            goal: components["schemas"]["ReportGoalDto"];
            /**
             * @description The workspace's attribution window: an enrolment is credited to the learner's last human click on a campaign link at most this many days before it
             * @example 14
             */
            attributionWindowDays: number;
            /** @description Network posts of the campaign, in step order, with their clicks */
            posts: components["schemas"]["PostReportDto"][];
            breakdowns: components["schemas"]["BreakdownsDto"];
            daily: components["schemas"]["DailyPointDto"][];
            abTests: components["schemas"]["AbTestDto"][];
            roi: components["schemas"]["RoiDto"];
            ambassadors: components["schemas"]["AmbassadorRankDto"][];
            /**
             * @description Scans of the campaign poster’s QR code (human clicks on its short link; they name no learner)
             * @example 12
             */
            posterScans: number;
        };
        ReportLearnerDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description False for a learner deleted since: counted by the report, with nothing left to show
             * @example true
             */
            exists: boolean;
            /** @example E1042 */
            externalId: string | null;
            /** @example Camille Durand */
            name: string | null;
            /** @example camille.durand@example.com */
            email: string | null;
            /** @example Sales */
            department: string | null;
            /** @example Lyon */
            site: string | null;
            /** Format: uuid */
            personaId: string | null;
            /** @example Curious newcomer */
            personaName: string | null;
            /**
             * @description Every stage the report counts this learner in, within the group
             * @example [
             *       "targeted",
             *       "sent",
             *       "delivered",
             *       "opened",
             *       "clicked"
             *     ]
             */
            stages: ("targeted" | "sent" | "delivered" | "opened" | "machineOpened" | "clicked" | "enrolled" | "started" | "completed" | "reachedEnrolled" | "reachedStarted" | "reachedCompleted")[];
            /**
             * Format: date-time
             * @description First message sent (in the group)
             */
            sentAt: string | null;
            /**
             * Format: date-time
             * @description First human open (a click proves one); null when opens are kept in aggregate only
             */
            openedAt: string | null;
            /**
             * Format: date-time
             * @description First human click
             */
            clickedAt: string | null;
            /**
             * Format: date-time
             * @description The enrolment attributed to the campaign
             */
            enrolledAt: string | null;
        };
        ReportLearnersPageDto: {
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
            /**
             * @description How many learners match, over all pages; without notStage, the report’s figure for the stage and group
             * @example 12
             */
            total: number;
            items: components["schemas"]["ReportLearnerDto"][];
        };
        RetargetSegmentDto: {
            /**
             * @description A figure of the report: the funnel stages (`targeted`, `sent`, `delivered`, `opened`, `machineOpened`, `clicked`, `enrolled` — attributed to the campaign —, `started`, `completed`) or the reached ones (`reachedEnrolled`, `reachedStarted`, `reachedCompleted`: reached by the campaign and enrolled in the session, attributed or not)
             * @example clicked
             * @enum {string}
             */
            stage: "targeted" | "sent" | "delivered" | "opened" | "machineOpened" | "clicked" | "enrolled" | "started" | "completed" | "reachedEnrolled" | "reachedStarted" | "reachedCompleted";
            /**
             * @description Leave out the learners at this stage (in the same group): `stage=clicked&notStage=enrolled` is who clicked but did not enrol
             * @example enrolled
             * @enum {string}
             */
            notStage?: "targeted" | "sent" | "delivered" | "opened" | "machineOpened" | "clicked" | "enrolled" | "started" | "completed" | "reachedEnrolled" | "reachedStarted" | "reachedCompleted";
            /**
             * @description A breakdown of the report (or `ambassador`, the leaderboard); without it, the whole campaign
             * @example step
             * @enum {string}
             */
            dimension?: "step" | "channel" | "variant" | "persona" | "department" | "site" | "ambassador";
            /**
             * @description The new static segment’s name, unique in the workspace
             * @example Clicked the invitation, not enrolled
             */
            name: string;
            /** @description The group's key (see the list's `key`); null for the group without a value */
            key?: string | null;
        };
        RetargetSegmentResultDto: {
            /** Format: uuid */
            id: string;
            /** @example Clicked the invitation, not enrolled */
            name: string;
            /** @example static */
            kind: string;
            /**
             * @description Learners frozen into the segment: exactly those the list names
             * @example 12
             */
            memberCount: number;
        };
        CampaignCostsDto: {
            /** @example 1200 */
            production: number | null;
            /** @example 16.5 */
            hours: number | null;
            /** @example 55 */
            hourlyRate: number | null;
            /** @example EUR */
            currency: string | null;
            /**
             * @description production + hours × hourlyRate; null when nothing was entered
             * @example 2107.5
             */
            cost: number | null;
        };
        UpdateCampaignCostsDto: {
            /**
             * @description Production cost (agency, video, licences), in `currency`
             * @example 1200
             */
            production?: number | null;
            /**
             * @description Hours spent by the team on the campaign
             * @example 16.5
             */
            hours?: number | null;
            /**
             * @description Cost of one hour, in `currency`
             * @example 55
             */
            hourlyRate?: number | null;
            /**
             * @description ISO 4217 code
             * @example EUR
             */
            currency?: string | null;
        };
        CreatedLmsWebhookSecretDto: {
            /**
             * Format: uuid
             * @example 3fa85f64-5717-4562-b3fc-2c963f66afa6
             */
            id: string;
            /**
             * @description First characters of the secret, to recognise it
             * @example whsec_3fa85f
             */
            prefix: string;
            /**
             * Format: date-time
             * @example 2026-03-02T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example null
             */
            revokedAt?: string | null;
            /**
             * @description The signing secret. Shown once: store it in the LMS now.
             * @example whsec_3fa85f64Jx…
             */
            secret: string;
        };
        LmsWebhookSecretDto: {
            /**
             * Format: uuid
             * @example 3fa85f64-5717-4562-b3fc-2c963f66afa6
             */
            id: string;
            /**
             * @description First characters of the secret, to recognise it
             * @example whsec_3fa85f
             */
            prefix: string;
            /**
             * Format: date-time
             * @example 2026-03-02T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example null
             */
            revokedAt?: string | null;
        };
        LmsWebhookSecretPageDto: {
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
            items: components["schemas"]["LmsWebhookSecretDto"][];
        };
        PageSessionDto: {
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @example Europe/Paris */
            timeZone: string;
            /** @example Lyon — room 4 */
            location: string | null;
            /** @example https://meet.example.com/abc */
            meetingUrl: string | null;
            /**
             * @description The dates in words, in the page’s language and the reader’s zone (named), as the talking points give them; the session’s own start added when its zone shows another time
             * @example du mardi 15 décembre à 03:00 au samedi 19 décembre à 11:00 (heure de Montréal), soit 09:00 heure de Paris
             */
            when: string;
            /**
             * Format: date-time
             * @description Enrolment deadline, if the session has one
             */
            enrolBy: string | null;
            /**
             * @description The enrolment deadline in words, in the same language and zone as `when`
             * @example mardi 8 décembre à 18:00 (heure de Paris)
             */
            enrolByText: string | null;
        };
        PageBrandDto: {
            /** @example Acme Academy */
            name: string;
            /**
             * @description Primary colour
             * @example #1f4e8c
             */
            primary: string;
            /** @example #f2a900 */
            accent: string;
            /**
             * @description Text on the primary colour
             * @example #ffffff
             */
            buttonText: string;
            /**
             * @description A logo uploaded to Clarion as its path on this origin (`/media/…`); another logo as its https URL
             * @example /media/0b6c…png
             */
            logoUrl: string | null;
            /** @example Acme Academy */
            logoAlt: string;
        };
        FaqEntryDto: {
            /** @example Is it during working hours? */
            question: string;
            /** @example Yes, and your manager is informed. */
            answer: string;
        };
        PageTalkingPointsDto: {
            /** @example Thank you for relaying our next session. */
            intro: string;
            keyMessages: string[];
            /** @description The ready-to-post text, with the short link where the template puts the share link */
            postText: string;
            faq: components["schemas"]["FaqEntryDto"][];
        };
        AmbassadorResultsDto: {
            /**
             * @description Human clicks on their short link or share link
             * @example 14
             */
            clicks: number;
            /**
             * @description Enrolments credited to them in this campaign
             * @example 3
             */
            enrolled: number;
            /**
             * @description Days on which they said "I shared it"
             * @example 2
             */
            relayCount: number;
            /** Format: date-time */
            lastRelayedAt: string | null;
            /** @description Whether they already said "I shared it" today (the workspace’s day) */
            relayedToday: boolean;
        };
        PublicRankDto: {
            /**
             * @description Competition ranking (ties share a rank): most enrolments, then most clicks
             * @example 1
             */
            rank: number;
            /**
             * @description First name, with the last name’s initial when another ambassador of the campaign shares it ("Hiro T."); never a full last name; null for an ambassador who keeps their name off the board
             * @example Inès
             */
            firstName: string | null;
            /** @example 14 */
            clicks: number;
            /** @example 3 */
            enrolled: number;
            /** @description The reader’s own row */
            you: boolean;
        };
        AmbassadorPageDto: {
            /**
             * @description The page’s language: the ambassador’s, else the workspace’s default
             * @example fr
             * @enum {string}
             */
            locale: "fr" | "en";
            /** @example Inès */
            firstName: string;
            /** @example Cybersecurity month */
            campaignName: string;
            /**
             * @description In the page’s language
             * @example Security basics
             */
            courseTitle: string;
            session: components["schemas"]["PageSessionDto"] | null;
            brand: components["schemas"]["PageBrandDto"];
            /** @description Null while the campaign has no talking-points step */
            talkingPoints: components["schemas"]["PageTalkingPointsDto"] | null;
            /** @example https://clarion.example.com/s/Kb42xR7mPq */
            shortUrl: string;
            /**
             * @description The QR code of the short link (SVG; `qr.png` for a PNG)
             * @example /s/Kb42xR7mPq/qr.svg
             */
            qrCodeUrl: string;
            results: components["schemas"]["AmbassadorResultsDto"];
            leaderboard: components["schemas"]["PublicRankDto"][];
            /** @description Whether they keep their name off the leaderboard others see */
            leaderboardOptOut: boolean;
        };
        LinkBrandDto: {
            /**
             * @description The link holder’s language, else the workspace’s
             * @enum {string}
             */
            locale: "fr" | "en";
            /** @example Acme */
            workspaceName: string;
            brand: components["schemas"]["PageBrandDto"];
        };
        RelayDto: {
            /** @description True when this call recorded it; false when today’s was already recorded */
            recorded: boolean;
            results: components["schemas"]["AmbassadorResultsDto"];
        };
        LeaderboardOptOutDto: {
            /** @description True: keep my name off the leaderboard other ambassadors see */
            optOut: boolean;
        };
        LeaderboardChoiceDto: {
            leaderboardOptOut: boolean;
        };
        CampaignAmbassadorDto: {
            /** Format: uuid */
            learnerId: string;
            /**
             * @description Full name (the console’s, not the public leaderboard’s)
             * @example Inès Moreau
             */
            name: string;
            /** @example ines.moreau@example.com */
            email: string;
            /**
             * @description Their page link: live, revoked (no live one), or never issued
             * @enum {string}
             */
            linkStatus: "active" | "revoked" | "none";
            /** @description The live page link, to copy; null unless active */
            pageUrl: string | null;
            /** @description Their short share link; it stays live when the page link is revoked (posts already shared keep working) */
            shortUrl: string | null;
            /** Format: date-time */
            issuedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
        };
        PosterDto: {
            /**
             * @description The poster’s language: the one asked for, else the workspace’s
             * @example fr
             */
            locale: string;
            /** @example Cybersecurity month */
            campaignName: string;
            /** @example Security basics */
            courseTitle: string;
            /** @example Spot phishing and protect your data in two hours. */
            courseDescription: string | null;
            session: components["schemas"]["PageSessionDto"] | null;
            brand: components["schemas"]["PageBrandDto"];
            /**
             * @description The poster’s short link (source `poster`)
             * @example https://clarion.example.com/s/Kb42xR7mPq
             */
            shortUrl: string;
            /** @example /s/Kb42xR7mPq/qr.svg */
            qrCodeUrl: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
        };
    };
    WorkspacesController_current: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    WorkspacesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkspaceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    WorkspacesController_listKeys: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    WorkspacesController_createKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    WorkspacesController_revokeKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description API_KEY.LAST_ADMIN: the last active admin key of the workspace cannot be revoked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TimeZonesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeZonesDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AuthController_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSessionDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.INVALID_CREDENTIALS: wrong email or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.CSRF: posted from another site's page */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.TOO_MANY_ATTEMPTS: too many failures for this email or client; try again after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AuthController_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSessionDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AuthController_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AuthController_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionUserDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AuthController_requestReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequestDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetRequestedDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AuthController_confirmReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (`details` names the field), or AUTH.INVALID_RESET_TOKEN: the link is unknown, used or expired */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AuthController_invitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description INVITATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description INVITATION.EXPIRED or INVITATION.ACCEPTED */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AuthController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSessionDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.INVALID_CREDENTIALS: not the existing account's password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.CSRF: posted from another site's page */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description INVITATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description INVITATION.EXPIRED or INVITATION.ACCEPTED */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.TOO_MANY_ATTEMPTS (existing accounts: the password is checked like a sign-in) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeoplePageDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description USER.ALREADY_MEMBER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description USER.EMAIL_REFUSED: the mail server refused the address */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description USER.LAST_ADMIN: the workspace would be left without an admin member */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersController_changeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRoleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description USER.LAST_ADMIN: the workspace would be left without an admin member */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    LearnersController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description Exact department */
                department?: string;
                /** @description Exact site */
                site?: string;
                /** @description ISO 3166-1 alpha-2 (any case) */
                country?: string;
                personaId?: string;
                /** @description BCP 47 tag (canonicalised, so fr-fr finds fr-FR) */
                locale?: string;
                /** @description Exact zone as stored; with GET /v1/learners/zone-problems, finds the learners to fix */
                timeZone?: string;
                /** @description Free text over first and last name, email and external id (case-insensitive substring) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearnerPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    LearnersController_upsert: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLearnerDto"];
            };
        };
        responses: {
            /** @description A learner with this externalId existed: the fields sent were applied */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearnerDto"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearnerDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description LEARNER.EMAIL_TAKEN: another learner of the workspace has this email */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description LEARNER.UNKNOWN_PERSONA: personaId is not a persona of the workspace */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    LearnersController_facets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearnerFacetsDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    LearnersController_attributeKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttributeKeysDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    LearnersController_count: {
        parameters: {
            query?: {
                /** @description Exact department */
                department?: string;
                /** @description Exact site */
                site?: string;
                /** @description ISO 3166-1 alpha-2 (any case) */
                country?: string;
                personaId?: string;
                /** @description BCP 47 tag (canonicalised, so fr-fr finds fr-FR) */
                locale?: string;
                /** @description Exact zone as stored; with GET /v1/learners/zone-problems, finds the learners to fix */
                timeZone?: string;
                /** @description Free text over first and last name, email and external id (case-insensitive substring) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearnerCountDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    LearnersController_zoneProblems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZoneProblemDto"][];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    LearnersController_import: {
        parameters: {
            query?: {
                /** @description Email and network consent of the learners the file creates without a consent value (no consentEmail / consentNetwork column, or an empty cell). Learners that already exist keep their consent unless the file gives one. */
                defaultConsent?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string | {
                    /**
                     * Format: binary
                     * @description The CSV file
                     */
                    file: string;
                };
                "multipart/form-data": string | {
                    /**
                     * Format: binary
                     * @description The CSV file
                     */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description WORKSPACE.BUSY: the workspace already runs as many of these at once as it may */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SERVER.BUSY: the server runs as much heavy work as it takes */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    LearnersController_previewImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string | {
                    /**
                     * Format: binary
                     * @description The CSV file, or its head
                     */
                    file: string;
                };
                "multipart/form-data": string | {
                    /**
                     * Format: binary
                     * @description The CSV file, or its head
                     */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPreviewDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description WORKSPACE.BUSY: the workspace already runs as many of these at once as it may */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SERVER.BUSY: the server runs as much heavy work as it takes */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    LearnersController_timeline: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearnerTimelinePageDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    LearnersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearnerDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    LearnersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    LearnersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLearnerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearnerDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description LEARNER.EMAIL_TAKEN or LEARNER.EXTERNAL_ID_TAKEN: another learner of the workspace has it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description LEARNER.UNKNOWN_PERSONA: personaId is not a persona of the workspace */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CoursesController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                modality?: "in_person" | "e_learning" | "blended" | "virtual_classroom" | "mooc" | "spoc" | "serious_game" | "social_learning";
                /** @description Case-insensitive search in the title and the code */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoursePageDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CoursesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCourseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description COURSE.CODE_TAKEN: another course of the workspace has this code */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CoursesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CoursesController_delete: {
        parameters: {
            query?: {
                /** @description Also delete sessions that have enrolments, and those enrolments */
                force?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description COURSE.IN_USE (campaigns refer to it or its sessions) or COURSE.HAS_ENROLLMENTS (without `force=true`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CoursesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCourseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description COURSE.CODE_TAKEN: another course of the workspace has this code */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    SessionsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                status?: "scheduled" | "cancelled";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    SessionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    SessionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    SessionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SESSION.CANCELLED (a cancelled session no longer changes) or SESSION.CAPACITY_BELOW_SEATS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    SessionsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    EnrollmentsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description One status, a comma-separated list, or the parameter repeated */
                status?: ("invited" | "enrolled" | "started" | "completed" | "dropped")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    EnrollmentsController_enrol: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEnrollmentDto"];
            };
        };
        responses: {
            /** @description The learner was already in the session: moved (outcome changed) or left as it was (outcome unchanged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentResultDto"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentResultDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description ENROLLMENT.INVALID_TRANSITION (a move backwards), SESSION.CANCELLED or SESSION.FULL */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description ENROLLMENT.UNKNOWN_LEARNER: no learner of the workspace has this id, externalId or email */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    EnrollmentsController_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description CSV with a header row: session_id, external_id or email, status (default enrolled), occurred_at (ISO 8601 with offset, default now). Comma, semicolon or tab separated. Send as the body (text/csv) or as the "file" part of a form. */
        requestBody: {
            content: {
                "text/csv": string;
                "multipart/form-data": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentImportResultDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description WORKSPACE.BUSY: the workspace already runs as many of these at once as it may */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SERVER.BUSY: the server runs as much heavy work as it takes */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    EnrollmentsController_importForSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description As `POST /v1/enrollments/import`, for this session only: the session_id column may be left out (or empty); a row naming another session is refused. */
        requestBody: {
            content: {
                "text/csv": string;
                "multipart/form-data": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentImportResultDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SESSION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description WORKSPACE.BUSY: the workspace already runs as many of these at once as it may */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SERVER.BUSY: the server runs as much heavy work as it takes */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    EnrollmentsController_previewForSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Same body forms as the session's import; nothing is written. Its head (say the first 128 KB, even cut mid-row) is enough. */
        requestBody: {
            content: {
                "text/csv": string;
                "multipart/form-data": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentImportPreviewDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SESSION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description WORKSPACE.BUSY: the workspace already runs as many of these at once as it may */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SERVER.BUSY: the server runs as much heavy work as it takes */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    EnrollmentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    EnrollmentsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEnrollmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description ENROLLMENT.INVALID_TRANSITION (a move backwards), SESSION.CANCELLED or SESSION.FULL */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CampaignsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                status?: "draft" | "scheduled" | "running" | "paused" | "completed" | "cancelled";
                /** @description Only the campaigns of this course */
                courseId?: string;
                /** @description Only the campaigns of this session */
                sessionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CampaignsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignWithStepsDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CAMPAIGN.INVALID_REFERENCE: a course, session, segment, brand kit, ambassador, channel or template version is not one of the workspace (`details` names each) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CampaignsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignWithStepsDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CampaignsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CAMPAIGN.NOT_DELETABLE: only drafts can be deleted (cancel the others) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CampaignsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCampaignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignWithStepsDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CAMPAIGN.NOT_EDITABLE (a scheduled or running campaign changes only its goal, sponsor and ambassadors: `details` names each other field; completed and cancelled ones not at all) or CAMPAIGN.FIELD_LOCKED (the course and session only before launch) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CAMPAIGN.INVALID_REFERENCE: an id is not one of the workspace (`details` names each) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CampaignsController_clone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloneCampaignDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignWithStepsDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CAMPAIGN.INVALID_REFERENCE: the session is not one of the workspace, or not of the campaign’s course (`details` at `sessionId`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CampaignsController_launchCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LaunchCheckDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description WORKSPACE.BUSY: the workspace already runs as many of these at once as it may */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SERVER.BUSY: the server runs as much heavy work as it takes */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CampaignsController_launch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LaunchedCampaignDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CAMPAIGN.INVALID_TRANSITION: only a draft can be launched */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CAMPAIGN.NOT_LAUNCHABLE: the plan is not ready (`details` names each problem: steps, templates, locales, channels…) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CampaignsController_pause: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CAMPAIGN.INVALID_TRANSITION: only a scheduled or running campaign can be paused */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CampaignsController_resume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CAMPAIGN.INVALID_TRANSITION: only a paused campaign can be resumed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CampaignsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CAMPAIGN.INVALID_TRANSITION: a completed or cancelled campaign cannot be cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CampaignStepsController_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStepDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignStepDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CAMPAIGN.NOT_EDITABLE (only draft and paused campaigns change) or CAMPAIGN.STEP_POSITION_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CAMPAIGN.INVALID_REFERENCE: a template version, persona or segment is not one of the workspace */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CampaignStepsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                stepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CAMPAIGN.NOT_EDITABLE or CAMPAIGN.STEP_LOCKED (the step already has deliveries) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CampaignStepsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                stepId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStepDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignStepDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CAMPAIGN.NOT_EDITABLE, CAMPAIGN.STEP_LOCKED (the step already has deliveries) or CAMPAIGN.STEP_POSITION_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CAMPAIGN.INVALID_REFERENCE: a template version, persona or segment is not one of the workspace */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CampaignPlanController_plan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPlanDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description WORKSPACE.BUSY: the workspace already runs as many of these at once as it may */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SERVER.BUSY: the server runs as much heavy work as it takes */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CampaignPlanController_members: {
        parameters: {
            query?: {
                /** @description Part of a first or last name, an email or an employee id */
                q?: string;
                /** @description The learners the campaign reaches, or its ambassadors (who receive talking points) */
                who?: "audience" | "ambassadors";
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignAudienceDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    SessionChangeController_changePreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionChangePreviewDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SESSION.CANCELLED (a cancelled session no longer changes) or SESSION.CAPACITY_BELOW_SEATS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    DeliveriesController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                status?: "pending" | "queued" | "sending" | "sent" | "failed" | "skipped";
                reason?: "unsubscribed" | "suppressed" | "no_consent" | "frequency_cap" | "enrollment_condition" | "not_in_audience" | "learner_deleted" | "session_cancelled" | "campaign_cancelled" | "channel_disabled" | "bounced" | "rejected" | "render_failed" | "too_many_attempts";
                channel?: "email" | "post" | "talking_points";
                stepId?: string;
                learnerId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    DeliveriesController_summary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliverySummaryDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    SegmentsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    SegmentsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSegmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SEGMENT.NAME_TAKEN: another segment of the workspace has this name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SEGMENT.UNKNOWN_REFERENCE: the rule names a persona, course or session the workspace does not have */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    SegmentsController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewSegmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentPreviewDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SEGMENT.UNKNOWN_REFERENCE: the rule names a persona, course or session the workspace does not have */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description WORKSPACE.BUSY: the workspace already runs as many of these at once as it may */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SERVER.BUSY: the server runs as much heavy work as it takes */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    SegmentsController_fields: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentFieldCatalogDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    SegmentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    SegmentsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SEGMENT.IN_USE: a scheduled, running or paused campaign uses it (`details` names them) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    SegmentsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSegmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SEGMENT.NAME_TAKEN: another segment of the workspace has this name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SEGMENT.UNKNOWN_REFERENCE: the rule names a persona, course or session the workspace does not have */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    SegmentsController_freeze: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    SegmentsController_learners: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentLearnerPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    BrandKitsController_uploadLogo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/png": string;
                "image/jpeg": string;
                "image/gif": string;
                "image/webp": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandKitDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description REQUEST.TOO_LARGE: more than 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description BRAND_KIT.NOT_AN_IMAGE: not a PNG, JPEG, GIF or WebP (SVG is refused: it can carry script) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    BrandKitsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandKitPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    BrandKitsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBrandKitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandKitDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description BRAND_KIT.NAME_TAKEN: another brand kit of the workspace has this name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    BrandKitsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandKitDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    BrandKitsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description BRAND_KIT.IN_USE: a scheduled, running or paused campaign uses it (`details` names them) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    BrandKitsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBrandKitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandKitDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description BRAND_KIT.NAME_TAKEN: another brand kit of the workspace has this name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    MediaController_image: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/jpeg": string;
                    "image/gif": string;
                    "image/webp": string;
                };
            };
            /** @description MEDIA.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PersonasController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonaPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PersonasController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePersonaDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonaDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description PERSONA.NAME_TAKEN: another persona of the workspace has this name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SEGMENT.UNKNOWN_REFERENCE: the assignmentRule names a persona, course or session the workspace does not have */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PersonasController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonaDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PersonasController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PersonasController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePersonaDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonaDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description PERSONA.NAME_TAKEN: another persona of the workspace has this name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SEGMENT.UNKNOWN_REFERENCE: the assignmentRule names a persona, course or session the workspace does not have */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PersonasController_assignmentPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonaAssignmentPreviewDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description PERSONA.NO_ASSIGNMENT_RULE: set an assignmentRule first */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PersonasController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonaAssignmentDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description PERSONA.NO_ASSIGNMENT_RULE: set an assignmentRule first */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TemplatesController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                channel?: "email" | "post" | "talking_points";
                phase?: "before" | "during" | "after";
                purpose?: "teaser" | "invitation" | "sponsor_word" | "enrolment_reminder" | "last_call" | "practical_info" | "welcome" | "nudge" | "congratulations" | "feedback_survey" | "next_course" | "talking_points" | "session_announcement" | "completion_celebration" | "session_changed" | "session_cancelled" | "other";
                /** @description Case-insensitive search in the name and the description */
                q?: string;
                /** @description Archived templates: left out (false, the default), only them (true), or both (all) */
                archived?: "false" | "true" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplatePageDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TemplatesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTemplateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateDetailDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description TEMPLATE.INVALID (unknown variable, bad MJML or Handlebars…) or TEMPLATE.UNSAFE_LINK; `details` names each place */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TemplatesController_installStarters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstallStartersResultDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TemplatesController_render: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenderDraftDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftRenderResultDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description LEARNER.NOT_FOUND, PERSONA.NOT_FOUND, CAMPAIGN.NOT_FOUND or BRAND_KIT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description TEMPLATE.INVALID when content that passes its checks still fails to render (the renderer’s own guard; problems found by the checks come back as `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description WORKSPACE.BUSY: the workspace already runs as many of these at once as it may */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SERVER.BUSY: the server runs as much heavy work as it takes */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TemplatesController_vocabulary: {
        parameters: {
            query: {
                channel: "email" | "post" | "talking_points";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateVocabularyDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TemplatesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateDetailDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TemplatesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description TEMPLATE.IN_USE: a scheduled, running or paused campaign uses one of its versions (`details` names them) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TemplatesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTemplateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateDetailDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TemplatesController_duplicate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DuplicateTemplateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateDetailDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description TEMPLATE.INVALID or TEMPLATE.UNSAFE_LINK: the content no longer passes today’s checks (a version saved under older rules); `details` names each place */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TemplatesController_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateDetailDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TemplatesController_unarchive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateDetailDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TemplatesController_addVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVersionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description TEMPLATE.ARCHIVED: restore the template first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description TEMPLATE.INVALID (unknown variable, bad MJML or Handlebars…) or TEMPLATE.UNSAFE_LINK; `details` names each place */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TemplatesController_getVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TemplatesController_restoreVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description TEMPLATE.ARCHIVED: restore the template first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description TEMPLATE.INVALID or TEMPLATE.UNSAFE_LINK: the content no longer passes today’s checks (a version saved under older rules); `details` names each place */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TemplatesController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewCommentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResultDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description TEMPLATE.REVIEW_CONFLICT: the version is not a draft nor sent back for changes */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TemplatesController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewCommentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResultDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description TEMPLATE.REVIEW_CONFLICT: the version is not in review */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TemplatesController_requestChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestChangesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResultDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description TEMPLATE.REVIEW_CONFLICT: the version is not in review */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TemplatesController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewTemplateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewResultDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description TEMPLATE.LOCALE_MISSING (the version has no such locale) or TEMPLATE.INVALID (it does not render) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description WORKSPACE.BUSY: the workspace already runs as many of these at once as it may */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SERVER.BUSY: the server runs as much heavy work as it takes */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TemplatesController_testSend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TestSendDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestSendResultDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description TEMPLATE.NOT_FOUND, TEMPLATE.VERSION_NOT_FOUND, LEARNER.NOT_FOUND, CAMPAIGN.NOT_FOUND… */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description TEMPLATE.NOT_AN_EMAIL (a post template), TEMPLATE.LOCALE_MISSING, TEMPLATE.INVALID, or TEMPLATE.RECIPIENT_OUTSIDE (an address outside the workspace’s domains, named in `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description WORKSPACE.BUSY: the workspace already runs as many of these at once as it may */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SERVER.BUSY: the server runs as much heavy work as it takes */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TestSendsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestSendResultDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TrackingController_open: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A transparent 1×1 GIF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/gif": string;
                };
            };
        };
    };
    TrackingController_click: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the recorded URL */
            302: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TRACKING.LINK_NOT_FOUND: the link is not valid or has expired */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TrackingController_share: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the course's enrolment link */
            302: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TRACKING.LINK_NOT_FOUND, or TRACKING.NO_ENROL_LINK when the course has no enrolment link yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TrackingController_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preference page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description TRACKING.LINK_NOT_FOUND: the link is not valid or has expired */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    TrackingController_changePreference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: a confirmation page (Accept: text/html) or line of text */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "text/plain": string;
                };
            };
            /** @description TRACKING.INVALID_ACTION: action must be unsubscribe or resubscribe */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description TRACKING.LINK_NOT_FOUND: the link is not valid or has expired */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    NetworkChannelsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkChannelPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    NetworkChannelsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNetworkChannelDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkChannelDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NETWORK_CHANNEL.NAME_TAKEN: another channel of the workspace has this name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NETWORK_CHANNEL.URL_INVALID, HOST_NOT_ALLOWED or HOST_FORBIDDEN (the url breaks the host rules), or SECRET_REQUIRED (a webhook without secret) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    NetworkChannelsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkChannelDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    NetworkChannelsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NETWORK_CHANNEL.IN_USE: a scheduled, running or paused campaign posts to it (`details` names them) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    NetworkChannelsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNetworkChannelDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkChannelDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NETWORK_CHANNEL.NAME_TAKEN: another channel of the workspace has this name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NETWORK_CHANNEL.URL_INVALID, HOST_NOT_ALLOWED or HOST_FORBIDDEN (the url breaks the host rules), or SECRET_REQUIRED (removing the secret of a webhook) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    NetworkChannelsController_sendTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestPostResultDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NETWORK_CHANNEL.UNREADABLE: the stored URL or secret cannot be decrypted (APP_SECRET changed?): set them again */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description WORKSPACE.BUSY: the workspace already runs as many of these at once as it may */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SERVER.BUSY: the server runs as much heavy work as it takes */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CalendarController_read: {
        parameters: {
            query: {
                /** @description First day, in the workspace's zone */
                from: string;
                /** @description Last day, included; at most 400 days after from */
                to: string;
                /** @description A collision is a day on which a learner would get more than this many messages, all campaigns together */
                threshold?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarDto"];
                };
            };
            /** @description CALENDAR.RANGE_INVALID: from or to missing, not a date, in the wrong order, or more than 400 days apart (`details` names the field); VALIDATION.FAILED: threshold */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    BlackoutDatesController_list: {
        parameters: {
            query?: {
                /** @description Blackouts ending on or after this day */
                from?: string;
                /** @description Blackouts starting on or before this day */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlackoutDateListDto"];
                };
            };
            /** @description CALENDAR.RANGE_INVALID: from or to is not a date (`details` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    BlackoutDatesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBlackoutDateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlackoutDateDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description BLACKOUT.EXISTS: a blackout with these dates and this scope exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description BLACKOUT.INVALID: dates, label or scope (`details` names the field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    BlackoutDatesController_addFrenchHolidays: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FrenchHolidaysDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrenchHolidaysResultDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    BlackoutDatesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description BLACKOUT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AnalyticsController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignReportDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description WORKSPACE.BUSY: the workspace already runs as many of these at once as it may */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SERVER.BUSY: the server runs as much heavy work as it takes */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AnalyticsController_reportCsv: {
        parameters: {
            query?: {
                /** @description The spreadsheet it opens in: `fr` (`;`, decimal comma: French Excel) or `en` (`,`, decimal point); by default the workspace language’s */
                locale?: "en" | "fr";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description WORKSPACE.BUSY: the workspace already runs as many of these at once as it may */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SERVER.BUSY: the server runs as much heavy work as it takes */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AnalyticsController_reportLearners: {
        parameters: {
            query: {
                /** @description A figure of the report: the funnel stages (`targeted`, `sent`, `delivered`, `opened`, `machineOpened`, `clicked`, `enrolled` — attributed to the campaign —, `started`, `completed`) or the reached ones (`reachedEnrolled`, `reachedStarted`, `reachedCompleted`: reached by the campaign and enrolled in the session, attributed or not) */
                stage: "targeted" | "sent" | "delivered" | "opened" | "machineOpened" | "clicked" | "enrolled" | "started" | "completed" | "reachedEnrolled" | "reachedStarted" | "reachedCompleted";
                /** @description Leave out the learners at this stage (in the same group): `stage=clicked&notStage=enrolled` is who clicked but did not enrol */
                notStage?: "targeted" | "sent" | "delivered" | "opened" | "machineOpened" | "clicked" | "enrolled" | "started" | "completed" | "reachedEnrolled" | "reachedStarted" | "reachedCompleted";
                /** @description A breakdown of the report (or `ambassador`, the leaderboard); without it, the whole campaign */
                dimension?: "step" | "channel" | "variant" | "persona" | "department" | "site" | "ambassador";
                /** @description The group's `key` as the report gives it (a step, persona or ambassador id; a channel, variant, department or site) */
                key?: string;
                /** @description The group without a value (the report's row whose key is null): `dimension=department&keyNull=true` */
                keyNull?: "true" | "false";
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportLearnersPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description REPORT.OPENS_AGGREGATE: the workspace keeps opens in aggregate only, so there is no list of who opened (stage or notStage opened, machineOpened) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description WORKSPACE.BUSY: the workspace already runs as many of these at once as it may */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SERVER.BUSY: the server runs as much heavy work as it takes */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AnalyticsController_reportLearnersCsv: {
        parameters: {
            query: {
                /** @description A figure of the report: the funnel stages (`targeted`, `sent`, `delivered`, `opened`, `machineOpened`, `clicked`, `enrolled` — attributed to the campaign —, `started`, `completed`) or the reached ones (`reachedEnrolled`, `reachedStarted`, `reachedCompleted`: reached by the campaign and enrolled in the session, attributed or not) */
                stage: "targeted" | "sent" | "delivered" | "opened" | "machineOpened" | "clicked" | "enrolled" | "started" | "completed" | "reachedEnrolled" | "reachedStarted" | "reachedCompleted";
                /** @description Leave out the learners at this stage (in the same group): `stage=clicked&notStage=enrolled` is who clicked but did not enrol */
                notStage?: "targeted" | "sent" | "delivered" | "opened" | "machineOpened" | "clicked" | "enrolled" | "started" | "completed" | "reachedEnrolled" | "reachedStarted" | "reachedCompleted";
                /** @description A breakdown of the report (or `ambassador`, the leaderboard); without it, the whole campaign */
                dimension?: "step" | "channel" | "variant" | "persona" | "department" | "site" | "ambassador";
                /** @description The group's `key` as the report gives it (a step, persona or ambassador id; a channel, variant, department or site) */
                key?: string;
                /** @description The group without a value (the report's row whose key is null): `dimension=department&keyNull=true` */
                keyNull?: "true" | "false";
                /** @description The spreadsheet it opens in: `fr` (`;`, decimal comma: French Excel) or `en` (`,`, decimal point); by default the workspace language’s */
                locale?: "en" | "fr";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description REPORT.OPENS_AGGREGATE: the workspace keeps opens in aggregate only, so there is no list of who opened (stage or notStage opened, machineOpened) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description WORKSPACE.BUSY: the workspace already runs as many of these at once as it may */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SERVER.BUSY: the server runs as much heavy work as it takes */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AnalyticsController_retarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetargetSegmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetargetSegmentResultDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description SEGMENT.NAME_TAKEN: a segment of that name exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description REPORT.OPENS_AGGREGATE: the workspace keeps opens in aggregate only, so there is no list of who opened (stage or notStage opened, machineOpened) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AnalyticsController_costs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignCostsDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AnalyticsController_updateCosts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCampaignCostsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignCostsDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    LmsWebhookSecretsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LmsWebhookSecretPageDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    LmsWebhookSecretsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedLmsWebhookSecretDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description LMS_SECRET.TOO_MANY: two secrets are already active (rotation): revoke the older one first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    LmsWebhookSecretsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not found in this workspace (an id from another workspace is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    LmsEventsController_receive: {
        parameters: {
            query?: never;
            header: {
                /** @description t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>"> */
                "Clarion-Signature": string;
                /** @description The workspace id */
                "Clarion-Workspace": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result for one event, or `{results}` for an array */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description LMS.MALFORMED_BODY or LMS.INVALID_EVENT: `details` names each bad field; nothing was applied */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description LMS.MISSING_SIGNATURE, LMS.BAD_SIGNATURE or LMS.STALE_TIMESTAMP */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description The body is larger than 2 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description LMS.UNKNOWN_REFERENCE: a single event names an unknown learner or session */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    XapiStatementsController_store: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1.0.x */
                "X-Experience-API-Version"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description One xAPI statement or an array of them */
        requestBody: {
            content: {
                "application/json": Record<string, never> | Record<string, never>[];
            };
        };
        responses: {
            /** @description The ids of the statements, in the order sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description XAPI.UNKNOWN_REFERENCE: a statement names an unknown learner or session; nothing was applied */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AmbassadorPagesController_page: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AmbassadorPageDto"];
                };
            };
            /** @description AMBASSADOR.LINK_NOT_FOUND: the link is not valid, was revoked, or its holder is no longer an ambassador of the campaign */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AmbassadorPagesController_brand: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkBrandDto"];
                };
            };
            /** @description AMBASSADOR.LINK_NOT_FOUND: Clarion never issued this link */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AmbassadorPagesController_shared: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayDto"];
                };
            };
            /** @description AMBASSADOR.LINK_NOT_FOUND: the link is not valid, was revoked, or its holder is no longer an ambassador of the campaign */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AmbassadorPagesController_optOut: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeaderboardOptOutDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderboardChoiceDto"];
                };
            };
            /** @description VALIDATION.FAILED: optOut must be true or false */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AMBASSADOR.LINK_NOT_FOUND: the link is not valid, was revoked, or its holder is no longer an ambassador of the campaign */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ShortLinksController_follow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the campaign's enrolment link, with UTM parameters and a `ref` that credits the ambassador or the poster */
            302: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TRACKING.LINK_NOT_FOUND (unknown or revoked code), or TRACKING.NO_ENROL_LINK when the course has no enrolment link yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ShortLinksController_qrSvg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The QR code of the short link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /** @description TRACKING.LINK_NOT_FOUND: unknown or revoked code */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ShortLinksController_qrPng: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The QR code of the short link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            /** @description TRACKING.LINK_NOT_FOUND: unknown or revoked code */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CampaignAmbassadorsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignAmbassadorDto"][];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CAMPAIGN.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CampaignAmbassadorsController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                learnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignAmbassadorDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CAMPAIGN.NOT_FOUND, or AMBASSADOR.NOT_FOUND: the learner is not one of the campaign’s ambassadors */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CampaignAmbassadorsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                learnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignAmbassadorDto"];
                };
            };
            /** @description Invalid input: `details` names each field (or parameter, or CSV row) and its problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CAMPAIGN.NOT_FOUND, or AMBASSADOR.NOT_FOUND: the learner is not one of the campaign’s ambassadors */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CampaignAmbassadorsController_poster: {
        parameters: {
            query?: {
                /** @description The poster’s language (default: the workspace’s); the course’s text in it, else in the workspace’s language, else in any */
                locale?: "fr" | "en";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PosterDto"];
                };
            };
            /** @description VALIDATION.FAILED: locale must be fr or en */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.*: no API key or session, an unknown or revoked key, or an ended session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description AUTH.ROLE_FORBIDDEN: the role (of the key, or the person's in this workspace) may not do this; with the session cookie also AUTH.CSRF or AUTH.NOT_A_MEMBER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CAMPAIGN.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
}
