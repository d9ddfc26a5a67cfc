/** English texts of loading a plan in chat (document → review workbook → Activate), spread into the main table. */
export const PLAN_CHAT_EN = {
  'plan_chat.not_secretariat':
    'Thank you for the file. Only the steering committee secretariat loads plans into the bot, so this file was not read and nothing changed. If it is a plan to track, please pass it to the secretariat.',
  'plan_chat.unsupported':
    'The bot cannot read “{file}”. To load a plan, send the plan document as <b>.docx</b>, <b>.pdf</b> or <b>.txt</b> (the bot drafts it and sends an .xlsx review workbook), or send back the reviewed <b>.xlsx</b> workbook / a <b>.yaml</b> plan file to import. Nothing changed.',
  'plan_chat.too_large':
    '“{file}” is too large ({size}). The bot takes .docx, .pdf and .xlsx files up to {max}, .txt and .yaml files up to {textMax}, and a document text up to {chars} characters. Nothing changed — please check it is the right file.',
  'plan_chat.no_download': 'This chat channel does not let the bot download files, so the plan cannot be loaded here. Nothing changed.',
  'plan_chat.unreadable': '{reason}\nNothing changed.',
  'plan_chat.no_tasks':
    'Read “{file}” but <b>found no tasks</b>, so there is nothing to import. Nothing changed.{why}\n\nThe bot looks for work assigned to units, e.g. “Công an tỉnh chủ trì, phối hợp với … hoàn thành trước ngày 30/6/2024”. You can:\n• check that this is a plan (with a section of duties, measures or implementation);\n• if the file is a photo or a scan, send a .docx or a .pdf with selectable text;\n• or send a prepared review workbook .xlsx / plan .yaml to import.',
  'plan_chat.no_tasks_seen': 'What the bot noticed:',
  'plan_chat.draft_summary':
    '<b>Draft plan from “{file}”</b>{header}\n• Tasks: <b>{tasks}</b>, <b>{review}</b> to review{reasons}\n• Units ({unitCount}): {units}\n• Phases ({phaseCount}): {phases}\n\nOpen the attached <b>{workbook}</b> in Excel, fix the yellow rows (the review column says why), then send the .xlsx back here. The bot checks it and shows the changes before activating; nothing has been imported.',
  'plan_chat.more_reasons': 'and {count} other reasons (see the “Lý do” column in the workbook)',
  'plan_chat.more_units_listed': 'and {count} other unit(s)',
  'plan_chat.blocking': '⛔ <b>This workbook will be refused ({count} error(s)) until fixed:</b>',
  'plan_chat.more_phases': 'and {count} other phase(s) (see the Giai đoạn sheet in the workbook)',
  'plan_chat.phase_reversed': '⚠️ ends {end} before it starts {start}, to check',
  'plan_chat.none': 'none found',
  'plan_chat.invalid': '<b>“{file}” has {count} error(s) — nothing imported.</b>\n{errors}\nFix the file and send it again.',
  'plan_chat.more_errors': '… and {count} more.',
  'plan_chat.more_errors_attached': '… and {count} more: all {total} are in the attached “{list}”.',
  'plan_chat.missing_parts':
    'A sheet or column is missing, so the cells that depend on it were not checked. Edit the review workbook the bot sent (do not delete or rename sheets and column headers), or send the plan document here again for a fresh workbook.',
  'plan_chat.error_list_title': 'Errors in “{file}” ({count}). Fix them in Excel and send the file again.',
  'plan_chat.diff_attached': 'The full list of changes is in the attached file “{list}”.',
  'plan_chat.diff_list_title': 'Changes on importing “{file}”',
  'plan_chat.preview':
    '<b>Checked “{file}”: plan {plan}</b>\n{title}\n\n{diff}{warnings}\n\nPress <b>Activate</b> to import, activate and post the tasks to the unit groups, or <b>Cancel</b> to drop it. Nothing has changed yet; request {id} expires at {expires}.',
  'plan_chat.unreviewed':
    '{count} task(s) still marked "needs review" ({codes}): check their lead and deadline before activating, then clear the mark in the file',
  'plan_chat.archive_reported':
    '\n\n⚠️ <b>{count} tasks that have reports will be archived: {codes}.</b> Their reports are kept, but the tasks will no longer be tracked. If they are the same duties, keep their old codes in the file before pressing Activate.',
  'plan_chat.codes_reused':
    '\n\n♻️ {count} duties match tasks being tracked (same lead unit, similar title) and keep their codes, so no reports are lost; check them in the file.',
  'plan_chat.units_carried':
    '\n\n📌 {count} task(s) in the workbook take their lead and support units from the plan being followed (as the secretariat set them) instead of those read from the new document; each row’s “Lý do” (review reasons) cell says what the new document has.',
  'plan_chat.other_plan':
    '\n\n🆕 <b>This is another plan</b> ({plan}) than the one being followed ({current}), so no task takes that plan’s task codes or its lead and supporting assignments; the unit list (and connected groups) is shared, so units already known keep their codes. Once activated it is tracked <b>beside</b> it, not instead: the tasks and reports of {current} stay as they are.',
  'plan_chat.codes_prefixed': ' Task codes carry the prefix <b>{prefix}</b> so that none is a code in use (units report by code).',
  'plan_chat.beside_other_plans':
    '\n\n⚠️ <b>This is another plan than the one(s) being followed ({plans}).</b> Activate tracks plan {plan} <b>beside</b> them, not instead: the tasks, codes and reports of {plans} stay as they are. If this is a new version of a plan being followed, write that plan’s number on the plan sheet and send the file again.',
  'plan_chat.code_clash':
    '<b>“{file}” was not imported — nothing changed.</b>\nPlan {plan} uses task codes that belong to another plan being followed: {list}. A code belongs to one task only (units report by code): change these codes in the file (e.g. add the prefix {prefix}) and send it again.',
  'plan_chat.toast_code_clash': 'Not imported: task codes clash with another plan being followed.',
  'plan_chat.number_unread': 'number not read',
  'plan_chat.decided_deadlines_revert':
    '\n\n⚠️ <b>{count} task(s) whose deadline was extended or moved after import will go back to the file’s date: {list}.</b> To keep the deadline the committee decided, fix the deadline column in the file and send it again; on Activate the units’ groups are told the new deadline.',
  'plan_chat.deadlines_carried':
    '\n\n📅 {count} task(s) in the workbook keep the deadline the committee extended or moved after import instead of the document’s date; each row’s “Lý do” cell says what the document has.',
  'plan_chat.groups_adopted':
    '\n\n👥 {count} collective group(s) the document names (“các ngành, đoàn thể cùng cấp”…) keep the member units the plan being followed already lists (sheet “Nhóm đơn vị”).',
  'plan_chat.kept_unchanged':
    '\n\n✅ {count} task(s) whose clause the document still has are kept exactly as the committee has them (title, units, dates), not as drafted again.',
  'plan_chat.changed_since_check':
    '<b>Not imported — nothing changed.</b> Plan {plan} changed after the bot checked “{file}” (request {id}): another file was imported, a deadline moved or a task reassigned. The difference shown is no longer right; send the file again to have it checked against the plan as it is now.',
  'plan_chat.toast_changed_since_check': 'Not imported: the plan changed after the file was checked; send it again.',
  'plan_chat.criteria_kept':
    '\n\n📏 The workbook keeps the {count} criteria of the plan being followed (documents rarely list them; recorded measurements stay with them).',
  'plan_chat.groups_kept': '\n\n👥 The workbook also keeps {count} unit group(s) of the plan being followed that the document does not name.',
  'plan_chat.criteria_removed':
    '\n\n⚠️ <b>{count} criteria of the plan being followed are not in the file and will be archived (their measurements leave the reports): {list}.</b> To keep following them, add them back on the “Tiêu chí” sheet (a YAML file: its criteria) and send the file again.',
  'plan_chat.groups_removed':
    '\n\n⚠️ <b>{count} unit groups of the plan being followed are not in the file and will be dropped: {list}.</b> To keep them, add them back on the “Nhóm đơn vị” sheet (a YAML file: config.groups) and send the file again.',
  'plan_chat.warnings': '\n\n⚠️ {count} warning(s) (they do not block the import):\n{list}',
  'plan_chat.activated':
    '✅ {by} imported and activated plan <b>{plan}</b> from “{file}”: {created} new, {updated} changed, {archived} archived, {unchanged} unchanged.',
  'plan_chat.queued': ' {queued} task message(s) are on their way to the bound unit groups.',
  'plan_chat.toast_working': 'Importing and activating the plan…',
  'plan_chat.units_without_group':
    '\n\n⚠️ <b>{count} unit(s) have no connected group, so they have not received their tasks:</b> {units}. To connect one: send <code>/moi {example}</code> (unit code or name) to get a binding code, then the unit’s focal point sends <code>/ketnoi &lt;code&gt;</code> in the unit’s group; the bot posts the tasks there as soon as it is connected. Send <code>/moi</code> to list every unit not yet connected.',
  'plan_chat.more_units': '{names} and {count} other unit(s)',
  'plan_chat.decided': '{outcome} (outcome in the message below)',
  'plan_chat.toast_activated': 'Plan {plan} imported and activated.',
  'plan_chat.toast_cancelled': 'Cancelled; nothing changed.',
  'plan_chat.cancelled': '{by} cancelled importing “{file}”. Nothing changed.',
  'plan_chat.already_activated': 'This import was already activated; it is not imported again.',
  'plan_chat.already_activated_not_cancelled': 'Import request {id} was already activated, so it can no longer be cancelled; the plan is being followed.',
  'plan_chat.already_cancelled': 'This import was cancelled. Send the file again to import it.',
  'plan_chat.expired': 'This import request has expired. Send the .xlsx or .yaml file again to check it again.',
  'plan_chat.missing': 'No plan import request {id} in this chat.',
  'plan_chat.reread_failed': '“{file}” no longer passes the checks ({reason}). Nothing imported; send the file again.',
} as const;
