<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>The workspace {path} is damaged ({reason}).</source>
        <translation>The workspace {path} is damaged ({reason}).</translation>
    </message>
    <message>
        <source>There is no sound backup in {folder}.</source>
        <translation>There is no sound backup in {folder}.</translation>
    </message>
    <message>
        <source>Restore the newest sound backup, taken {when}, with {organizations} organization(s) up to {period}?</source>
        <translation>Restore the newest sound backup, taken {when}, with {organizations} organization(s) up to {period}?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>{file} was not imported: {reason}</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>it is not a regular file</translation>
    </message>
    <message>
        <source>it is not a zip archive that can be read ({reason}).</source>
        <translation>it is not a zip archive that can be read ({reason}).</translation>
    </message>
    <message>
        <source>it is not an SCP Desktop archive (it has no manifest.json).</source>
        <translation>it is not an SCP Desktop archive (it has no manifest.json).</translation>
    </message>
    <message>
        <source>its manifest is not valid: {mistake}</source>
        <translation>its manifest is not valid: {mistake}</translation>
    </message>
    <message>
        <source>{member} is not valid JSON ({reason}).</source>
        <translation>{member} is not valid JSON ({reason}).</translation>
    </message>
    <message>
        <source>{member} is encrypted.</source>
        <translation>{member} is encrypted.</translation>
    </message>
    <message>
        <source>it holds {member} twice.</source>
        <translation>it holds {member} twice.</translation>
    </message>
    <message>
        <source>{member}, listed in its manifest, is missing.</source>
        <translation>{member}, listed in its manifest, is missing.</translation>
    </message>
    <message>
        <source>it holds {member}, which its manifest does not list.</source>
        <translation>it holds {member}, which its manifest does not list.</translation>
    </message>
    <message>
        <source>{member} does not match its manifest hash: the archive is damaged or was changed.</source>
        <translation>{member} does not match its manifest hash: the archive is damaged or was changed.</translation>
    </message>
    <message>
        <source>{member} unpacks to more than {limit} MB.</source>
        <translation>{member} unpacks to more than {limit} MB.</translation>
    </message>
    <message>
        <source>{member}: {mistake}</source>
        <translation>{member}: {mistake}</translation>
    </message>
    <message>
        <source>{member}, {where}: {reason}</source>
        <translation>{member}, {where}: {reason}</translation>
    </message>
    <message>
        <source>it holds organization {found}, not {expected}.</source>
        <translation>it holds organization {found}, not {expected}.</translation>
    </message>
    <message>
        <source>facility or store “{code}” is not one of the organization's.</source>
        <translation>facility or store “{code}” is not one of the organization's.</translation>
    </message>
    <message>
        <source>the period “{period}” is not written as the app writes it.</source>
        <translation>the period “{period}” is not written as the app writes it.</translation>
    </message>
    <message>
        <source>its content does not match its SHA-256.</source>
        <translation>its content does not match its SHA-256.</translation>
    </message>
    <message>
        <source>its content is about {what} “{found}”, not “{expected}”.</source>
        <translation>its content is about {what} “{found}”, not “{expected}”.</translation>
    </message>
    <message>
        <source>it holds a record outside its scope or period ({record}).</source>
        <translation>it holds a record outside its scope or period ({record}).</translation>
    </message>
    <message>
        <source>its records are not the records of {period} (a finalized report holds exactly those records).</source>
        <translation>its records are not the records of {period} (a finalized report holds exactly those records).</translation>
    </message>
    <message>
        <source>a draft report cannot carry content or a hash.</source>
        <translation>a draft report cannot carry content or a hash.</translation>
    </message>
    <message>
        <source>a finalized report must carry its content and its hash.</source>
        <translation>a finalized report must carry its content and its hash.</translation>
    </message>
    <message>
        <source>it corrects {other}, which is not a report of the same kind, scope and period.</source>
        <translation>it corrects {other}, which is not a report of the same kind, scope and period.</translation>
    </message>
    <message>
        <source>it overlaps the live {kind} report {other} ({period}) of the same scope.</source>
        <translation>it overlaps the live {kind} report {other} ({period}) of the same scope.</translation>
    </message>
    <message>
        <source>it changes a record of {period}, which a finalized report in this workspace holds.</source>
        <translation>it changes a record of {period}, which a finalized report in this workspace holds.</translation>
    </message>
    <message>
        <source>the criteria set has no criterion “{id}”.</source>
        <translation>the criteria set has no criterion “{id}”.</translation>
    </message>
    <message>
        <source>its criteria set cannot be read ({reason}).</source>
        <translation>its criteria set cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>its criteria set is {found}, not {expected}.</source>
        <translation>its criteria set is {found}, not {expected}.</translation>
    </message>
    <message>
        <source>evidence {sha} is neither in the archive nor in this workspace, or has another size.</source>
        <translation>evidence {sha} is neither in the archive nor in this workspace, or has another size.</translation>
    </message>
    <message>
        <source>an eco-innovation project cannot be read ({reason}).</source>
        <translation>an eco-innovation project cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>the evidence file name “{name}” is not a plain file name.</source>
        <translation>the evidence file name “{name}” is not a plain file name.</translation>
    </message>
    <message>
        <source>its score and hash do not match its answers.</source>
        <translation>its score and hash do not match its answers.</translation>
    </message>
    <message>
        <source>the answer to {id} is not valid: {reason}</source>
        <translation>the answer to {id} is not valid: {reason}</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation>partly met</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>evidence missing</source>
        <translation>evidence missing</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>Answer this criterion.</source>
        <translation>Answer this criterion.</translation>
    </message>
    <message>
        <source>Attach the evidence this criterion requires.</source>
        <translation>Attach the evidence this criterion requires.</translation>
    </message>
    <message>
        <source>Not met yet: see the guidance.</source>
        <translation>Not met yet: see the guidance.</translation>
    </message>
    <message>
        <source>Now {value} {unit}; needed {op} {threshold} {unit}.</source>
        <translation>Now {value} {unit}; needed {op} {threshold} {unit}.</translation>
    </message>
    <message>
        <source>Partly met: {points} of {best} points.</source>
        <translation>Partly met: {points} of {best} points.</translation>
    </message>
    <message>
        <source>Give a reason for replacing the figure computed from your records ({auto}).</source>
        <translation>Give a reason for replacing the figure computed from your records ({auto}).</translation>
    </message>
    <message>
        <source>“{value}” is not one of this criterion's options.</source>
        <translation>“{value}” is not one of this criterion's options.</translation>
    </message>
    <message>
        <source>Enter a number for this measure.</source>
        <translation>Enter a number for this measure.</translation>
    </message>
    <message>
        <source>A mandatory criterion cannot be marked not applicable.</source>
        <translation>A mandatory criterion cannot be marked not applicable.</translation>
    </message>
    <message>
        <source>Unknown scheme “{scheme}”. Known: {known}.</source>
        <translation>Unknown scheme “{scheme}”. Known: {known}.</translation>
    </message>
    <message>
        <source>There is no assessment {id}.</source>
        <translation>There is no assessment {id}.</translation>
    </message>
    <message>
        <source>This assessment has no criterion “{id}”.</source>
        <translation>This assessment has no criterion “{id}”.</translation>
    </message>
    <message>
        <source>This assessment is finalized and can no longer be changed.</source>
        <translation>This assessment is finalized and can no longer be changed.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; evidence files may be at most {limit} MB.</source>
        <translation>{name} is {size} MB; evidence files may be at most {limit} MB.</translation>
    </message>
    <message>
        <source>{name} is not a readable file.</source>
        <translation>{name} is not a readable file.</translation>
    </message>
    <message>
        <source>The answers file cannot be read: {reason}</source>
        <translation>The answers file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Evidence “{name}” is outside the answers file's folder: name files inside it, by relative paths.</source>
        <translation>Evidence “{name}” is outside the answers file's folder: name files inside it, by relative paths.</translation>
    </message>
    <message>
        <source>Only a finalized assessment can be corrected, and only once: this one is {state}.</source>
        <translation>Only a finalized assessment can be corrected, and only once: this one is {state}.</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Answer:</translation>
    </message>
    <message>
        <source>&amp;Reason for a different figure:</source>
        <translation>&amp;Reason for a different figure:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation>A&amp;ttach file…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save answer</source>
        <translation>&amp;Save answer</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>Drop files here to attach them.</translation>
    </message>
    <message>
        <source> (mandatory)</source>
        <translation> (mandatory)</translation>
    </message>
    <message>
        <source> · evidence required</source>
        <translation> · evidence required</translation>
    </message>
    <message>
        <source>From your records: {value}</source>
        <translation>From your records: {value}</translation>
    </message>
    <message>
        <source>Reviewer: {comment}</source>
        <translation>Reviewer: {comment}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{points} pts</source>
        <translation>{points} pts</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Saved the answer to {criterion}.</source>
        <translation>Saved the answer to {criterion}.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <source>Sc&amp;heme:</source>
        <translation>Sc&amp;heme:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Consu&amp;ltant:</source>
        <translation>Consu&amp;ltant:</translation>
    </message>
    <message>
        <source>name (optional)</source>
        <translation>name (optional)</translation>
    </message>
    <message>
        <source>Start &amp;new assessment</source>
        <translation>Start &amp;new assessment</translation>
    </message>
    <message>
        <source>Update figures from records</source>
        <translation>Update figures from records</translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation>&amp;Finalize</translation>
    </message>
    <message>
        <source>&amp;Print PDF…</source>
        <translation>&amp;Print PDF…</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <source>Score and gaps</source>
        <translation>Score and gaps</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reviewer's comment</source>
        <translation>Reviewer's comment</translation>
    </message>
    <message>
        <source> (draft criteria)</source>
        <translation> (draft criteria)</translation>
    </message>
    <message>
        <source>finalized, {score} %</source>
        <translation>finalized, {score} %</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>No assessment yet: choose a scheme and a year above.</source>
        <translation>No assessment yet: choose a scheme and a year above.</translation>
    </message>
    <message>
        <source>Maturity by area (no pass or fail): {areas}{level}</source>
        <translation>Maturity by area (no pass or fail): {areas}{level}</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>passes</translation>
    </message>
    <message>
        <source>does not pass yet</source>
        <translation>does not pass yet</translation>
    </message>
    <message>
        <source>Score {score} % (pass mark {mark} %): {verdict}{level}</source>
        <translation>Score {score} % (pass mark {mark} %): {verdict}{level}</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>mandatory</translation>
    </message>
    <message>
        <source>Finalized {when}: read-only.</source>
        <translation>Finalized {when}: read-only.</translation>
    </message>
    <message>
        <source>Draft: every answer is saved as you go.</source>
        <translation>Draft: every answer is saved as you go.</translation>
    </message>
    <message>
        <source>These are draft criteria: no official set has been published yet.</source>
        <translation>These are draft criteria: no official set has been published yet.</translation>
    </message>
    <message>
        <source>The Vietnam Ecolabel (NSTVN-01:2023, Decision 3257/QĐ-BTNMT), which follows the Green Label, is not in the app yet: its criteria could not be confirmed in full.</source>
        <translation>The Vietnam Ecolabel (NSTVN-01:2023, Decision 3257/QĐ-BTNMT), which follows the Green Label, is not in the app yet: its criteria could not be confirmed in full.</translation>
    </message>
    <message>
        <source>Correcting a returned assessment.</source>
        <translation>Correcting a returned assessment.</translation>
    </message>
    <message>
        <source>Ministry: {state}.</source>
        <translation>Ministry: {state}.</translation>
    </message>
    <message>
        <source>Finalize the {scheme} self-assessment for {year}? Its score is {score} %.</source>
        <translation>Finalize the {scheme} self-assessment for {year}? Its score is {score} %.</translation>
    </message>
    <message>
        <source>Mandatory criteria not met: {criteria}.</source>
        <translation>Mandatory criteria not met: {criteria}.</translation>
    </message>
    <message>
        <source>Its answers and evidence then become read-only; a correction starts a new one.</source>
        <translation>Its answers and evidence then become read-only; a correction starts a new one.</translation>
    </message>
    <message>
        <source>Finalize the self-assessment?</source>
        <translation>Finalize the self-assessment?</translation>
    </message>
    <message>
        <source>Report saved: {file}</source>
        <translation>Report saved: {file}</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>{path} is damaged ({reason}).</source>
        <translation>{path} is damaged ({reason}).</translation>
    </message>
    <message>
        <source>{path} is open in another program ({holders}): close it, then restore; nothing was changed.</source>
        <translation>{path} is open in another program ({holders}): close it, then restore; nothing was changed.</translation>
    </message>
    <message>
        <source>{path} is not a readable SCP workspace backup ({reason}).</source>
        <translation>{path} is not a readable SCP workspace backup ({reason}).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Last energy audit</source>
        <translation>Last energy audit</translation>
    </message>
    <message>
        <source>Energy norm</source>
        <translation>Energy norm</translation>
    </message>
    <message>
        <source>Energy manager</source>
        <translation>Energy manager</translation>
    </message>
    <message>
        <source>Energy manager's certificate</source>
        <translation>Energy manager's certificate</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Main products</source>
        <translation>Main products</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <source>… and more ({count} bad rows in all)</source>
        <translation>… and more ({count} bad rows in all)</translation>
    </message>
    <message>
        <source>{file}: {rows} rows imported as {kind}: {created} new, {replaced} replaced, {unchanged} unchanged.</source>
        <translation>{file}: {rows} rows imported as {kind}: {created} new, {replaced} replaced, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>{file}: {rows} rows would be imported as {kind} (dry run, nothing saved): {created} new, {replaced} replaced, {unchanged} unchanged.</source>
        <translation>{file}: {rows} rows would be imported as {kind} (dry run, nothing saved): {created} new, {replaced} replaced, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>{count} bad row(s) skipped; listed in {file}</source>
        <translation>{count} bad row(s) skipped; listed in {file}</translation>
    </message>
    <message>
        <source>… {count} warnings in all</source>
        <translation>… {count} warnings in all</translation>
    </message>
    <message>
        <source>numbers of column “{column}” read as {style}</source>
        <translation>numbers of column “{column}” read as {style}</translation>
    </message>
    <message>
        <source>replaces {record} {field}: {old} → {new}</source>
        <translation>replaces {record} {field}: {old} → {new}</translation>
    </message>
    <message>
        <source>(more than ×10: check the file)</source>
        <translation>(more than ×10: check the file)</translation>
    </message>
    <message>
        <source>{record} {field}: {message}</source>
        <translation>{record} {field}: {message}</translation>
    </message>
    <message>
        <source>{field}: “{value}” read as {code} in {count} row(s)</source>
        <translation>{field}: “{value}” read as {code} in {count} row(s)</translation>
    </message>
    <message>
        <source>column “{column}”: “{text}” is {vi} (1.234,5) or {en} (1,234.5)</source>
        <translation>column “{column}”: “{text}” is {vi} (1.234,5) or {en} (1,234.5)</translation>
    </message>
    <message>
        <source>say which with --number-format vi|en, or "number_formats": {{"{field}": "vi"}} in --mapping</source>
        <translation>say which with --number-format vi|en, or "number_formats": {{"{field}": "vi"}} in --mapping</translation>
    </message>
    <message>
        <source>cannot read the mapping {file}: {reason}</source>
        <translation>cannot read the mapping {file}: {reason}</translation>
    </message>
    <message>
        <source>import needs --org TAX_CODE</source>
        <translation>import needs --org TAX_CODE</translation>
    </message>
    <message>
        <source>cannot use {path}: {reason}</source>
        <translation>cannot use {path}: {reason}</translation>
    </message>
    <message>
        <source>the workspace is busy: another program is writing to it ({holders}); nothing was changed, try again when it has finished</source>
        <translation>the workspace is busy: another program is writing to it ({holders}); nothing was changed, try again when it has finished</translation>
    </message>
    <message>
        <source>the workspace cannot be used: {reason}</source>
        <translation>the workspace cannot be used: {reason}</translation>
    </message>
    <message>
        <source>a value holds characters that are not text ({reason})</source>
        <translation>a value holds characters that are not text ({reason})</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name</source>
        <translation>{path} is a folder: give a file name</translation>
    </message>
    <message>
        <source>the folder {path} does not exist</source>
        <translation>the folder {path} does not exist</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} is a file, not a folder</translation>
    </message>
    <message>
        <source>the CA bundle {path} is not a readable file</source>
        <translation>the CA bundle {path} is not a readable file</translation>
    </message>
    <message>
        <source>another sync of this workspace is already running ({holders}); this one sent nothing</source>
        <translation>another sync of this workspace is already running ({holders}); this one sent nothing</translation>
    </message>
    <message>
        <source>“{value}” is not a month: give 1 to 12</source>
        <translation>“{value}” is not a month: give 1 to 12</translation>
    </message>
    <message>
        <source>“{value}” is not a year from {min} to {max}</source>
        <translation>“{value}” is not a year from {min} to {max}</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number of at least {min}</source>
        <translation>“{value}” is not a whole number of at least {min}</translation>
    </message>
    <message>
        <source>{option}: {problem}</source>
        <translation>{option}: {problem}</translation>
    </message>
    <message>
        <source>{option}: “{value}” is not one of {choices}</source>
        <translation>{option}: “{value}” is not one of {choices}</translation>
    </message>
    <message>
        <source>these are required: {options}</source>
        <translation>these are required: {options}</translation>
    </message>
    <message>
        <source>not understood: {options}</source>
        <translation>not understood: {options}</translation>
    </message>
    <message>
        <source>{option} needs a value</source>
        <translation>{option} needs a value</translation>
    </message>
    <message>
        <source>{option}: “{value}” is not a whole number</source>
        <translation>{option}: “{value}” is not a whole number</translation>
    </message>
    <message>
        <source>Updated {tax_code} {name}.</source>
        <translation>Updated {tax_code} {name}.</translation>
    </message>
    <message>
        <source>Updated {code} {name}.</source>
        <translation>Updated {code} {name}.</translation>
    </message>
    <message>
        <source>An XLSX copy is made of the energy report only; write FILE.pdf for {kind}.</source>
        <translation>An XLSX copy is made of the energy report only; write FILE.pdf for {kind}.</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>{fuel} of month {months} not recorded</source>
        <translation>{fuel} of month {months} not recorded</translation>
    </message>
    <message>
        <source>date of the last energy audit not entered</source>
        <translation>date of the last energy audit not entered</translation>
    </message>
</context>
<context>
    <name>EcoInnovation</name>
    <message>
        <source>Draft worksheets by SCP Desktop after the UNEP eco-innovation method: the method has no pass mark or score; rating scales, hotspot ratings and the completeness checklist are ours.</source>
        <translation>Draft worksheets by SCP Desktop after the UNEP eco-innovation method: the method has no pass mark or score; rating scales, hotspot ratings and the completeness checklist are ours.</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <source>Set strategy</source>
        <translation>Set strategy</translation>
    </message>
    <message>
        <source>Set business model</source>
        <translation>Set business model</translation>
    </message>
    <message>
        <source>Build roadmap</source>
        <translation>Build roadmap</translation>
    </message>
    <message>
        <source>Implement</source>
        <translation>Implement</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Key partners</source>
        <translation>Key partners</translation>
    </message>
    <message>
        <source>Key activities</source>
        <translation>Key activities</translation>
    </message>
    <message>
        <source>Key resources</source>
        <translation>Key resources</translation>
    </message>
    <message>
        <source>Value proposition</source>
        <translation>Value proposition</translation>
    </message>
    <message>
        <source>Customer relationships</source>
        <translation>Customer relationships</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Customer segments</translation>
    </message>
    <message>
        <source>Cost structure</source>
        <translation>Cost structure</translation>
    </message>
    <message>
        <source>Revenue streams</source>
        <translation>Revenue streams</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Weakness</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Threat</translation>
    </message>
    <message>
        <source>Business strategy</source>
        <translation>Business strategy</translation>
    </message>
    <message>
        <source>Markets and customers</source>
        <translation>Markets and customers</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Products and services</translation>
    </message>
    <message>
        <source>Operations and value chain</source>
        <translation>Operations and value chain</translation>
    </message>
    <message>
        <source>Raw materials</source>
        <translation>Raw materials</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Distribution and retail</source>
        <translation>Distribution and retail</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>End of life</source>
        <translation>End of life</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Waste</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>not significant</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>high (hotspot)</source>
        <translation>high (hotspot)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>strong (6+ companies competing)</source>
        <translation>strong (6+ companies competing)</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderate</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>short term</source>
        <translation>short term</translation>
    </message>
    <message>
        <source>medium term</source>
        <translation>medium term</translation>
    </message>
    <message>
        <source>long term</source>
        <translation>long term</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <source>“{text}” is not a month: write 2026-03 or 03/2026.</source>
        <translation>“{text}” is not a month: write 2026-03 or 03/2026.</translation>
    </message>
    <message>
        <source>The end ({end}) is before the start ({start}).</source>
        <translation>The end ({end}) is before the start ({start}).</translation>
    </message>
    <message>
        <source>Rate from 1 (low) to 5 (high).</source>
        <translation>Rate from 1 (low) to 5 (high).</translation>
    </message>
    <message>
        <source>“{text}” is not a year between 1990 and 2100.</source>
        <translation>“{text}” is not a year between 1990 and 2100.</translation>
    </message>
    <message>
        <source>“{text}” cannot be negative.</source>
        <translation>“{text}” cannot be negative.</translation>
    </message>
    <message>
        <source>The code “{code}” is already used in this project.</source>
        <translation>The code “{code}” is already used in this project.</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {known}.</source>
        <translation>“{value}” is not one of: {known}.</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>At most {max} characters.</translation>
    </message>
    <message>
        <source>Energy use</source>
        <translation>Energy use</translation>
    </message>
    <message>
        <source>Scope-2 CO₂ from electricity</source>
        <translation>Scope-2 CO₂ from electricity</translation>
    </message>
    <message>
        <source>Water use</source>
        <translation>Water use</translation>
    </message>
    <message>
        <source>Material use</source>
        <translation>Material use</translation>
    </message>
    <message>
        <source>Waste generated</source>
        <translation>Waste generated</translation>
    </message>
    <message>
        <source>Waste recovery rate</source>
        <translation>Waste recovery rate</translation>
    </message>
    <message>
        <source>Non-biodegradable bags per transaction</source>
        <translation>Non-biodegradable bags per transaction</translation>
    </message>
    <message>
        <source>Energy per unit of output</source>
        <translation>Energy per unit of output</translation>
    </message>
    <message>
        <source>Water per unit of output</source>
        <translation>Water per unit of output</translation>
    </message>
    <message>
        <source>Material per unit of output</source>
        <translation>Material per unit of output</translation>
    </message>
    <message>
        <source>{value} TOE in {year}</source>
        <translation>{value} TOE in {year}</translation>
    </message>
    <message>
        <source>{value} m³ in {year}</source>
        <translation>{value} m³ in {year}</translation>
    </message>
    <message>
        <source>{value} t of materials in {year}</source>
        <translation>{value} t of materials in {year}</translation>
    </message>
    <message>
        <source>{value} t of waste in {year}, {rate} % recovered</source>
        <translation>{value} t of waste in {year}, {rate} % recovered</translation>
    </message>
    <message>
        <source>{value} kg of non-biodegradable bags in {year}</source>
        <translation>{value} kg of non-biodegradable bags in {year}</translation>
    </message>
    <message>
        <source>Describe the client's business</source>
        <translation>Describe the client's business</translation>
    </message>
    <message>
        <source>Map the value chain (suppliers, operations, customers)</source>
        <translation>Map the value chain (suppliers, operations, customers)</translation>
    </message>
    <message>
        <source>Name the project team</source>
        <translation>Name the project team</translation>
    </message>
    <message>
        <source>Answer the preliminary assessment</source>
        <translation>Answer the preliminary assessment</translation>
    </message>
    <message>
        <source>Write the phase summary for the report</source>
        <translation>Write the phase summary for the report</translation>
    </message>
    <message>
        <source>Fill every SWOT quadrant</source>
        <translation>Fill every SWOT quadrant</translation>
    </message>
    <message>
        <source>Rate the life-cycle hotspots</source>
        <translation>Rate the life-cycle hotspots</translation>
    </message>
    <message>
        <source>Write the vision and goals</source>
        <translation>Write the vision and goals</translation>
    </message>
    <message>
        <source>Set a measurable target (KPI with a baseline year and a target)</source>
        <translation>Set a measurable target (KPI with a baseline year and a target)</translation>
    </message>
    <message>
        <source>Describe all nine blocks of the current business model</source>
        <translation>Describe all nine blocks of the current business model</translation>
    </message>
    <message>
        <source>Describe the new business model</source>
        <translation>Describe the new business model</translation>
    </message>
    <message>
        <source>List ideas and rate their impact and ease</source>
        <translation>List ideas and rate their impact and ease</translation>
    </message>
    <message>
        <source>Plan actions with owners, dates and KPIs</source>
        <translation>Plan actions with owners, dates and KPIs</translation>
    </message>
    <message>
        <source>Record a pilot with its status</source>
        <translation>Record a pilot with its status</translation>
    </message>
    <message>
        <source>Record the pilot's investment and results</source>
        <translation>Record the pilot's investment and results</translation>
    </message>
    <message>
        <source>Measure every KPI after its baseline year</source>
        <translation>Measure every KPI after its baseline year</translation>
    </message>
    <message>
        <source>Record the findings of a review cycle</source>
        <translation>Record the findings of a review cycle</translation>
    </message>
    <message>
        <source>There is no eco-innovation project {id}.</source>
        <translation>There is no eco-innovation project {id}.</translation>
    </message>
    <message>
        <source>Give the project a title.</source>
        <translation>Give the project a title.</translation>
    </message>
    <message>
        <source>The baseline year must be between 1990 and 2100.</source>
        <translation>The baseline year must be between 1990 and 2100.</translation>
    </message>
    <message>
        <source>Unknown phase “{phase}”.</source>
        <translation>Unknown phase “{phase}”.</translation>
    </message>
</context>
<context>
    <name>EcoProject</name>
    <message>
        <source>Measured by hand</source>
        <translation>Measured by hand</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Competition</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Baseline year</translation>
    </message>
    <message>
        <source>Baseline (typed)</source>
        <translation>Baseline (typed)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Target year</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Canvas block</source>
        <translation>Canvas block</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Ease</source>
        <translation>Ease</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Start (month)</source>
        <translation>Start (month)</translation>
    </message>
    <message>
        <source>End (month)</source>
        <translation>End (month)</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Investment spent (VND)</source>
        <translation>Investment spent (VND)</translation>
    </message>
    <message>
        <source>Savings measured (VND/year)</source>
        <translation>Savings measured (VND/year)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <source>Business model</source>
        <translation>Business model</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Implement</source>
        <translation>Implement</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Edit the project</source>
        <translation>Edit the project</translation>
    </message>
    <message>
        <source>Answer a question</source>
        <translation>Answer a question</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <source>Delete project…</source>
        <translation>Delete project…</translation>
    </message>
    <message>
        <source>All c&amp;lients…</source>
        <translation>All c&amp;lients…</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Co&amp;nsultant:</source>
        <translation>Co&amp;nsultant:</translation>
    </message>
    <message>
        <source>Client's &amp;representative:</source>
        <translation>Client's &amp;representative:</translation>
    </message>
    <message>
        <source>&amp;Baseline year:</source>
        <translation>&amp;Baseline year:</translation>
    </message>
    <message>
        <source>Report as P&amp;DF…</source>
        <translation>Report as P&amp;DF…</translation>
    </message>
    <message>
        <source>Report as &amp;Word…</source>
        <translation>Report as &amp;Word…</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>Report lan&amp;guage:</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Add a row (Insert)</translation>
    </message>
    <message>
        <source>Remove the row (Delete)</source>
        <translation>Remove the row (Delete)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>The client's business:</source>
        <translation>The client's business:</translation>
    </message>
    <message>
        <source>Products and services:</source>
        <translation>Products and services:</translation>
    </message>
    <message>
        <source>Suppliers →</source>
        <translation>Suppliers →</translation>
    </message>
    <message>
        <source>The client's operations →</source>
        <translation>The client's operations →</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>Value chain</translation>
    </message>
    <message>
        <source>Project team</source>
        <translation>Project team</translation>
    </message>
    <message>
        <source>Target markets (the manual's competition question)</source>
        <translation>Target markets (the manual's competition question)</translation>
    </message>
    <message>
        <source>Start the preliminary &amp;assessment</source>
        <translation>Start the preliminary &amp;assessment</translation>
    </message>
    <message>
        <source>Preliminary assessment: maturity by area, no pass or fail</source>
        <translation>Preliminary assessment: maturity by area, no pass or fail</translation>
    </message>
    <message>
        <source>Summary of this phase for the report:</source>
        <translation>Summary of this phase for the report:</translation>
    </message>
    <message>
        <source>SWOT by area</source>
        <translation>SWOT by area</translation>
    </message>
    <message>
        <source>Note for the chosen cell:</source>
        <translation>Note for the chosen cell:</translation>
    </message>
    <message>
        <source>Life-cycle hotspots (stage × impact)</source>
        <translation>Life-cycle hotspots (stage × impact)</translation>
    </message>
    <message>
        <source>Vision:</source>
        <translation>Vision:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Goals:</translation>
    </message>
    <message>
        <source>Measurable targets (KPIs)</source>
        <translation>Measurable targets (KPIs)</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Current:</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>New:</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>What changes:</translation>
    </message>
    <message>
        <source>Bloc&amp;k:</source>
        <translation>Bloc&amp;k:</translation>
    </message>
    <message>
        <source>Edit a block (click it on a canvas, or choose it here)</source>
        <translation>Edit a block (click it on a canvas, or choose it here)</translation>
    </message>
    <message>
        <source>Business case: the idea's CP options</source>
        <translation>Business case: the idea's CP options</translation>
    </message>
    <message>
        <source>Ideas (priority = impact × ease)</source>
        <translation>Ideas (priority = impact × ease)</translation>
    </message>
    <message>
        <source>Actions: short, medium and long term</source>
        <translation>Actions: short, medium and long term</translation>
    </message>
    <message>
        <source>Pilots: status, investment and results</source>
        <translation>Pilots: status, investment and results</translation>
    </message>
    <message>
        <source>KPIs against the baseline, year after year</source>
        <translation>KPIs against the baseline, year after year</translation>
    </message>
    <message>
        <source>Values measured by hand (KPIs not in the records)</source>
        <translation>Values measured by hand (KPIs not in the records)</translation>
    </message>
    <message>
        <source>Review cycles: findings and next steps</source>
        <translation>Review cycles: findings and next steps</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Draft questions, scored by area to show where the client stands; UNEP's method has no pass mark.</source>
        <translation>Draft questions, scored by area to show where the client stands; UNEP's method has no pass mark.</translation>
    </message>
    <message>
        <source>Rate each cell (double-click or F2); figures from the client's records for the baseline year are filled in where they exist.</source>
        <translation>Rate each cell (double-click or F2); figures from the client's records for the baseline year are filled in where they exist.</translation>
    </message>
    <message>
        <source>Record KPIs follow the client's records each year; the others take the values measured below. Green: moved the right way.</source>
        <translation>Record KPIs follow the client's records each year; the others take the values measured below. Green: moved the right way.</translation>
    </message>
    <message>
        <source>No eco-innovation project for this client yet: start one with “New project…”.</source>
        <translation>No eco-innovation project for this client yet: start one with “New project…”.</translation>
    </message>
    <message>
        <source>Choose or add an organization first.</source>
        <translation>Choose or add an organization first.</translation>
    </message>
    <message>
        <source>Current business model</source>
        <translation>Current business model</translation>
    </message>
    <message>
        <source>New business model</source>
        <translation>New business model</translation>
    </message>
    <message>
        <source>{pilot}: planned {planned} VND (business case), spent {spent} VND</source>
        <translation>{pilot}: planned {planned} VND (business case), spent {spent} VND</translation>
    </message>
    <message>
        <source>Still to do: {steps}</source>
        <translation>Still to do: {steps}</translation>
    </message>
    <message>
        <source>Every worksheet of this phase is filled in.</source>
        <translation>Every worksheet of this phase is filled in.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Every change is saved.</source>
        <translation>Every change is saved.</translation>
    </message>
    <message>
        <source>Choose an idea to link its cleaner-production options.</source>
        <translation>Choose an idea to link its cleaner-production options.</translation>
    </message>
    <message>
        <source>The client has no cleaner-production options yet: add them on the CP page.</source>
        <translation>The client has no cleaner-production options yet: add them on the CP page.</translation>
    </message>
    <message>
        <source>{idea}: no option linked yet.</source>
        <translation>{idea}: no option linked yet.</translation>
    </message>
    <message>
        <source>{idea}: investment {investment} VND, savings {savings} VND/year, payback {payback} years, NPV {npv} VND at {rate} %, IRR {irr}</source>
        <translation>{idea}: investment {investment} VND, savings {savings} VND/year, payback {payback} years, NPV {npv} VND at {rate} %, IRR {irr}</translation>
    </message>
    <message>
        <source>Delete the project “{title}” and all its worksheets?</source>
        <translation>Delete the project “{title}” and all its worksheets?</translation>
    </message>
    <message>
        <source>{year} is not over: its figures are the year so far.</source>
        <translation>{year} is not over: its figures are the year so far.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <source>Report saved: {file}</source>
        <translation>Report saved: {file}</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message>
        <source>New eco-innovation project</source>
        <translation>New eco-innovation project</translation>
    </message>
    <message>
        <source>Eco-innovation {year}</source>
        <translation>Eco-innovation {year}</translation>
    </message>
    <message>
        <source>Eco-innovation projects of every client</source>
        <translation>Eco-innovation projects of every client</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <source>Give actions a start month to see them here.</source>
        <translation>Give actions a start month to see them here.</translation>
    </message>
</context>
<context>
    <name>EcoReport</name>
    <message>
        <source>Eco-innovation report: {client}</source>
        <translation>Eco-innovation report: {client}</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <source>Sector (VSIC)</source>
        <translation>Sector (VSIC)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Client's representative</source>
        <translation>Client's representative</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Baseline year</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>UNEP eco-innovation method, six phases: prepare, set strategy, set business model, build roadmap, implement, review. The figures are the client's own records in SCP Desktop.</source>
        <translation>UNEP eco-innovation method, six phases: prepare, set strategy, set business model, build roadmap, implement, review. The figures are the client's own records in SCP Desktop.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Phase {number}: {name}</source>
        <translation>Phase {number}: {name}</translation>
    </message>
    <message>
        <source>(No summary written for this phase yet.)</source>
        <translation>(No summary written for this phase yet.)</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Business profile</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Products and services</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>Value chain</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <source>The client's operations</source>
        <translation>The client's operations</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Project team</source>
        <translation>Project team</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Target markets</source>
        <translation>Target markets</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Competition</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Preliminary assessment: maturity by area</source>
        <translation>Preliminary assessment: maturity by area</translation>
    </message>
    <message>
        <source>Draft questions of SCP Desktop, answered with the client: a picture of where the client stands, with no pass or fail.</source>
        <translation>Draft questions of SCP Desktop, answered with the client: a picture of where the client stands, with no pass or fail.</translation>
    </message>
    <message>
        <source>The preliminary assessment has not been started.</source>
        <translation>The preliminary assessment has not been started.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Share of points (%)</source>
        <translation>Share of points (%)</translation>
    </message>
    <message>
        <source>SWOT by area</source>
        <translation>SWOT by area</translation>
    </message>
    <message>
        <source>Life-cycle hotspots</source>
        <translation>Life-cycle hotspots</translation>
    </message>
    <message>
        <source>Rows: life-cycle stages; columns: impacts. Ratings are the consultant's; figures in italics are the client's own records for {year}.</source>
        <translation>Rows: life-cycle stages; columns: impacts. Ratings are the consultant's; figures in italics are the client's own records for {year}.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Measurable targets</source>
        <translation>Measurable targets</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>records</source>
        <translation>records</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>measured</translation>
    </message>
    <message>
        <source>Business model canvas: current</source>
        <translation>Business model canvas: current</translation>
    </message>
    <message>
        <source>Business model canvas: new</source>
        <translation>Business model canvas: new</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>What changes</translation>
    </message>
    <message>
        <source>The blocks in full: current, new and what changes</source>
        <translation>The blocks in full: current, new and what changes</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>No block of the business model changes yet.</source>
        <translation>No block of the business model changes yet.</translation>
    </message>
    <message>
        <source>Ideas, by priority</source>
        <translation>Ideas, by priority</translation>
    </message>
    <message>
        <source>Impact and ease rated 1 (low) to 5 (high) with the client; priority = impact × ease (our draft rule).</source>
        <translation>Impact and ease rated 1 (low) to 5 (high) with the client; priority = impact × ease (our draft rule).</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Ease</source>
        <translation>Ease</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Impact × ease matrix</source>
        <translation>Impact × ease matrix</translation>
    </message>
    <message>
        <source>Business case from the cleaner-production register</source>
        <translation>Business case from the cleaner-production register</translation>
    </message>
    <message>
        <source>Linked options of the client's CP register; NPV at {rate} % over each option's life ({years} years where none is recorded; reference data), payback = investment ÷ annual savings.</source>
        <translation>Linked options of the client's CP register; NPV at {rate} % over each option's life ({years} years where none is recorded; reference data), payback = investment ÷ annual savings.</translation>
    </message>
    <message>
        <source>CP options</source>
        <translation>CP options</translation>
    </message>
    <message>
        <source>Investment (VND)</source>
        <translation>Investment (VND)</translation>
    </message>
    <message>
        <source>Savings (VND/year)</source>
        <translation>Savings (VND/year)</translation>
    </message>
    <message>
        <source>Payback (years)</source>
        <translation>Payback (years)</translation>
    </message>
    <message>
        <source>NPV (VND)</source>
        <translation>NPV (VND)</translation>
    </message>
    <message>
        <source>IRR (%)</source>
        <translation>IRR (%)</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation>Pilots</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Planned investment (VND)</source>
        <translation>Planned investment (VND)</translation>
    </message>
    <message>
        <source>Actual investment (VND)</source>
        <translation>Actual investment (VND)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>KPIs against the baseline</source>
        <translation>KPIs against the baseline</translation>
    </message>
    <message>
        <source>Each year: the value and its change against the baseline (%); progress = share of the way from the baseline to the target. “records”: computed from the client's records; “measured”: entered by the consultant. {partial}</source>
        <translation>Each year: the value and its change against the baseline (%); progress = share of the way from the baseline to the target. “records”: computed from the client's records; “measured”: entered by the consultant. {partial}</translation>
    </message>
    <message>
        <source>{year} is not over: its figures are the year so far.</source>
        <translation>{year} is not over: its figures are the year so far.</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <source>Review cycles</source>
        <translation>Review cycles</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>None recorded.</translation>
    </message>
    <message>
        <source>Consultant (signature)</source>
        <translation>Consultant (signature)</translation>
    </message>
    <message>
        <source>For the client (signature, seal)</source>
        <translation>For the client (signature, seal)</translation>
    </message>
    <message>
        <source>Date: ……/……/…………</source>
        <translation>Date: ……/……/…………</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Print or save as PDF…</source>
        <translation>&amp;Print or save as PDF…</translation>
    </message>
    <message>
        <source>&amp;Find in the table</source>
        <translation>&amp;Find in the table</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Undo {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Redo {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
</context>
<context>
    <name>Energy</name>
    <message>
        <source>Unknown fuel “{fuel}”. Known fuels: {known}.</source>
        <translation>Unknown fuel “{fuel}”. Known fuels: {known}.</translation>
    </message>
    <message>
        <source>Unknown unit “{unit}”. Known units: {known}.</source>
        <translation>Unknown unit “{unit}”. Known units: {known}.</translation>
    </message>
    <message>
        <source>{fuel} cannot be measured in {unit}; use one of: {allowed}.</source>
        <translation>{fuel} cannot be measured in {unit}; use one of: {allowed}.</translation>
    </message>
    <message>
        <source>Biomass needs its net calorific value (GJ/t) to convert to TOE.</source>
        <translation>Biomass needs its net calorific value (GJ/t) to convert to TOE.</translation>
    </message>
    <message>
        <source>A net calorific value of {ncv} GJ/t is outside 1–45 GJ/t for biomass.</source>
        <translation>A net calorific value of {ncv} GJ/t is outside 1–45 GJ/t for biomass.</translation>
    </message>
    <message>
        <source>emits {co2e} t CO₂ (Scope 1 + 2), at least {threshold} t</source>
        <translation>emits {co2e} t CO₂ (Scope 1 + 2), at least {threshold} t</translation>
    </message>
    <message>
        <source>uses {toe} TOE, at least the {threshold} TOE of an industrial facility or commercial building</source>
        <translation>uses {toe} TOE, at least the {threshold} TOE of an industrial facility or commercial building</translation>
    </message>
</context>
<context>
    <name>EnergyReport</name>
    <message>
        <source>Report on energy use in {year}</source>
        <translation>Report on energy use in {year}</translation>
    </message>
    <message>
        <source>With the content of form Mẫu 1.1, Annex I, Circular 25/2020/TT-BCT (amended by Circular 15/2023/TT-BCT), as far as the records fill it. The layout is SCP Desktop's: compare it with the form on dataenergy.vn before submitting. Due before 15 January {due_year} (Circular 25/2020/TT-BCT Art. 5).</source>
        <translation>With the content of form Mẫu 1.1, Annex I, Circular 25/2020/TT-BCT (amended by Circular 15/2023/TT-BCT), as far as the records fill it. The layout is SCP Desktop's: compare it with the form on dataenergy.vn before submitting. Due before 15 January {due_year} (Circular 25/2020/TT-BCT Art. 5).</translation>
    </message>
    <message>
        <source>To: the Department of Industry and Trade of {province}</source>
        <translation>To: the Department of Industry and Trade of {province}</translation>
    </message>
    <message>
        <source>The organization's facilities and their duties in {year}</source>
        <translation>The organization's facilities and their duties in {year}</translation>
    </message>
    <message>
        <source>Key-energy-user status and the GHG inventory duty are judged for each facility on its own, never on the organization's total. Each facility's report follows, addressed to its province.</source>
        <translation>Key-energy-user status and the GHG inventory duty are judged for each facility on its own, never on the organization's total. Each facility's report follows, addressed to its province.</translation>
    </message>
    <message>
        <source>I. The facility</source>
        <translation>I. The facility</translation>
    </message>
    <message>
        <source>II. Products, capacity and output</source>
        <translation>II. Products, capacity and output</translation>
    </message>
    <message>
        <source>III. Energy used, by fuel</source>
        <translation>III. Energy used, by fuel</translation>
    </message>
    <message>
        <source>IV. CO₂ emissions</source>
        <translation>IV. CO₂ emissions</translation>
    </message>
    <message>
        <source>V. Duties</source>
        <translation>V. Duties</translation>
    </message>
    <message>
        <source>VI. Specific energy consumption</source>
        <translation>VI. Specific energy consumption</translation>
    </message>
    <message>
        <source>VII. Energy-saving measures carried out</source>
        <translation>VII. Energy-saving measures carried out</translation>
    </message>
    <message>
        <source>VIII. Measures planned for next year</source>
        <translation>VIII. Measures planned for next year</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Kind of facility</source>
        <translation>Kind of facility</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <source>Sector (VSIC 2018)</source>
        <translation>Sector (VSIC 2018)</translation>
    </message>
    <message>
        <source>Contact (name, telephone, e-mail)</source>
        <translation>Contact (name, telephone, e-mail)</translation>
    </message>
    <message>
        <source>Energy manager</source>
        <translation>Energy manager</translation>
    </message>
    <message>
        <source>Energy manager's certificate (number, date)</source>
        <translation>Energy manager's certificate (number, date)</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Report status</translation>
    </message>
    <message>
        <source>Main products</source>
        <translation>Main products</translation>
    </message>
    <message>
        <source>Design capacity</source>
        <translation>Design capacity</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Output in {year}</source>
        <translation>Output in {year}</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Production value (VND)</source>
        <translation>Production value (VND)</translation>
    </message>
    <message>
        <source>No production output is recorded for {year}.</source>
        <translation>No production output is recorded for {year}.</translation>
    </message>
    <message>
        <source>Fuel or energy</source>
        <translation>Fuel or energy</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>TOE</source>
        <translation>TOE</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Cost (VND)</source>
        <translation>Cost (VND)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>TOE by the conversion table of Official Letter 3505/BCT-KHCN (2011); biomass by its net calorific value ÷ 41.868 GJ/TOE.</source>
        <translation>TOE by the conversion table of Official Letter 3505/BCT-KHCN (2011); biomass by its net calorific value ÷ 41.868 GJ/TOE.</translation>
    </message>
    <message>
        <source>Self-generated renewable electricity used: {mwh} MWh (no Scope 2 emissions).</source>
        <translation>Self-generated renewable electricity used: {mwh} MWh (no Scope 2 emissions).</translation>
    </message>
    <message>
        <source>Renewable share of the energy used (self-generated electricity, biomass): {share} %.</source>
        <translation>Renewable share of the energy used (self-generated electricity, biomass): {share} %.</translation>
    </message>
    <message>
        <source>No self-generated or renewable energy is recorded.</source>
        <translation>No self-generated or renewable energy is recorded.</translation>
    </message>
    <message>
        <source>Source of emissions</source>
        <translation>Source of emissions</translation>
    </message>
    <message>
        <source>t CO₂</source>
        <translation>t CO₂</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Scope 1: {fuel} burnt</source>
        <translation>Scope 1: {fuel} burnt</translation>
    </message>
    <message>
        <source>{gj} GJ × {factor} kg CO₂/TJ (IPCC 2006, provisional)</source>
        <translation>{gj} GJ × {factor} kg CO₂/TJ (IPCC 2006, provisional)</translation>
    </message>
    <message>
        <source>Scope 2: electricity bought from the grid</source>
        <translation>Scope 2: electricity bought from the grid</translation>
    </message>
    <message>
        <source>{mwh} MWh × {factor} t CO₂/MWh, grid factor of {year}</source>
        <translation>{mwh} MWh × {factor} t CO₂/MWh, grid factor of {year}</translation>
    </message>
    <message>
        <source>provisional: no factor published for {year} yet</source>
        <translation>provisional: no factor published for {year} yet</translation>
    </message>
    <message>
        <source>Scope 1 + Scope 2</source>
        <translation>Scope 1 + Scope 2</translation>
    </message>
    <message>
        <source>Biogenic CO₂ from biomass (reported apart, not in Scope 1)</source>
        <translation>Biogenic CO₂ from biomass (reported apart, not in Scope 1)</translation>
    </message>
    <message>
        <source>CO₂ only (the GHG inventory itself also counts CH₄ and N₂O). Scope 1 factors: IPCC 2006 defaults, to which Decision 2626/QĐ-BTNMT refers where it gives none; its annex could not be checked, so they are provisional. The coal grades are taken as anthracite.</source>
        <translation>CO₂ only (the GHG inventory itself also counts CH₄ and N₂O). Scope 1 factors: IPCC 2006 defaults, to which Decision 2626/QĐ-BTNMT refers where it gives none; its annex could not be checked, so they are provisional. The coal grades are taken as anthracite.</translation>
    </message>
    <message>
        <source>Key energy user (Decree 21/2011/NĐ-CP Art. 6)</source>
        <translation>Key energy user (Decree 21/2011/NĐ-CP Art. 6)</translation>
    </message>
    <message>
        <source>yes: {toe} TOE, threshold {threshold} TOE for a {kind}</source>
        <translation>yes: {toe} TOE, threshold {threshold} TOE for a {kind}</translation>
    </message>
    <message>
        <source>no: {toe} TOE, below the {threshold} TOE of a {kind}</source>
        <translation>no: {toe} TOE, below the {threshold} TOE of a {kind}</translation>
    </message>
    <message>
        <source>GHG inventory (Decree 06/2022/NĐ-CP, amended by 119/2025/NĐ-CP)</source>
        <translation>GHG inventory (Decree 06/2022/NĐ-CP, amended by 119/2025/NĐ-CP)</translation>
    </message>
    <message>
        <source>Key energy user</source>
        <translation>Key energy user</translation>
    </message>
    <message>
        <source>GHG inventory duty</source>
        <translation>GHG inventory duty</translation>
    </message>
    <message>
        <source>t CO₂, Scope 1 + 2</source>
        <translation>t CO₂, Scope 1 + 2</translation>
    </message>
    <message>
        <source>meets the criteria: {reasons}</source>
        <translation>meets the criteria: {reasons}</translation>
    </message>
    <message>
        <source>does not meet the criteria by these records ({co2e} t CO₂ of Scope 1 + 2; {toe} TOE)</source>
        <translation>does not meet the criteria by these records ({co2e} t CO₂ of Scope 1 + 2; {toe} TOE)</translation>
    </message>
    <message>
        <source>on the Prime Minister's published list of inventory facilities</source>
        <translation>on the Prime Minister's published list of inventory facilities</translation>
    </message>
    <message>
        <source>not marked as on the published list</source>
        <translation>not marked as on the published list</translation>
    </message>
    <message>
        <source>emissions of at least {threshold} t CO₂e</source>
        <translation>emissions of at least {threshold} t CO₂e</translation>
    </message>
    <message>
        <source>energy use of at least {threshold} TOE</source>
        <translation>energy use of at least {threshold} TOE</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>MJ per {unit}</source>
        <translation>MJ per {unit}</translation>
    </message>
    <message>
        <source>Specific energy consumption</source>
        <translation>Specific energy consumption</translation>
    </message>
    <message>
        <source>Energy used (TOE × 41,868 MJ/TOE) divided by the output recorded in each unit.</source>
        <translation>Energy used (TOE × 41,868 MJ/TOE) divided by the output recorded in each unit.</translation>
    </message>
    <message>
        <source>MOIT norm {product}, {period}: {value} {unit} · this facility: {sec} {unit}</source>
        <translation>MOIT norm {product}, {period}: {value} {unit} · this facility: {sec} {unit}</translation>
    </message>
    <message>
        <source>{pct} % above the norm</source>
        <translation>{pct} % above the norm</translation>
    </message>
    <message>
        <source>within the norm ({pct} % below it)</source>
        <translation>within the norm ({pct} % below it)</translation>
    </message>
    <message>
        <source>MOIT norm {product}: no output recorded in {unit} for {year}, so it cannot be compared.</source>
        <translation>MOIT norm {product}: no output recorded in {unit} for {year}, so it cannot be compared.</translation>
    </message>
    <message>
        <source>MOIT norm {product}: no period of the norm covers {year}, so none is applied.</source>
        <translation>MOIT norm {product}: no period of the norm covers {year}, so none is applied.</translation>
    </message>
    <message>
        <source>No MOIT specific-energy-consumption norm is chosen for this facility.</source>
        <translation>No MOIT specific-energy-consumption norm is chosen for this facility.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Investment (VND)</source>
        <translation>Investment (VND)</translation>
    </message>
    <message>
        <source>Electricity saved (kWh/year)</source>
        <translation>Electricity saved (kWh/year)</translation>
    </message>
    <message>
        <source>Savings (VND/year)</source>
        <translation>Savings (VND/year)</translation>
    </message>
    <message>
        <source>Payback (years)</source>
        <translation>Payback (years)</translation>
    </message>
    <message>
        <source>None recorded in the cleaner-production register.</source>
        <translation>None recorded in the cleaner-production register.</translation>
    </message>
    <message>
        <source>Energy used by month (TOE)</source>
        <translation>Energy used by month (TOE)</translation>
    </message>
    <message>
        <source>Energy manager (signature, name)</source>
        <translation>Energy manager (signature, name)</translation>
    </message>
    <message>
        <source>Head of the facility (signature, seal)</source>
        <translation>Head of the facility (signature, seal)</translation>
    </message>
    <message>
        <source>Date: ……/……/…………</source>
        <translation>Date: ……/……/…………</translation>
    </message>
    <message>
        <source>not finalized: draft figures</source>
        <translation>not finalized: draft figures</translation>
    </message>
    <message>
        <source>No energy records for {org} in {year}.</source>
        <translation>No energy records for {org} in {year}.</translation>
    </message>
    <message>
        <source>plant</source>
        <translation>plant</translation>
    </message>
    <message>
        <source>store (building)</source>
        <translation>store (building)</translation>
    </message>
    <message>
        <source>market (building)</source>
        <translation>market (building)</translation>
    </message>
    <message>
        <source>building</source>
        <translation>building</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>warehouse</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>facility</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong. What you typed has been kept; please try again. If it happens again, send the details to support.</source>
        <translation>Something went wrong. What you typed has been kept; please try again. If it happens again, send the details to support.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>Facility</name>
    <message>
        <source>A facility code has 1–20 letters, digits, “-” or “_”; found “{text}”.</source>
        <translation>A facility code has 1–20 letters, digits, “-” or “_”; found “{text}”.</translation>
    </message>
    <message>
        <source>The last energy audit cannot be in the future ({date}).</source>
        <translation>The last energy audit cannot be in the future ({date}).</translation>
    </message>
    <message>
        <source>“{code}” is not a MOIT energy norm. Known: {known}.</source>
        <translation>“{code}” is not a MOIT energy norm. Known: {known}.</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>At most {max} characters.</translation>
    </message>
    <message>
        <source>This organization already has a facility with code {code}.</source>
        <translation>This organization already has a facility with code {code}.</translation>
    </message>
</context>
<context>
    <name>FacilityKind</name>
    <message>
        <source>Plant</source>
        <translation>Plant</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Net calorific value</source>
        <translation>Net calorific value</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Production value</source>
        <translation>Production value</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Water used</source>
        <translation>Water used</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Waste stream</translation>
    </message>
    <message>
        <source>Treatment route</source>
        <translation>Treatment route</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Non-biodegradable bags</source>
        <translation>Non-biodegradable bags</translation>
    </message>
    <message>
        <source>Non-biodegradable bags, weight</source>
        <translation>Non-biodegradable bags, weight</translation>
    </message>
    <message>
        <source>Biodegradable bags</source>
        <translation>Biodegradable bags</translation>
    </message>
    <message>
        <source>Biodegradable bags, weight</source>
        <translation>Biodegradable bags, weight</translation>
    </message>
    <message>
        <source>Paper bags</source>
        <translation>Paper bags</translation>
    </message>
    <message>
        <source>Paper bags, weight</source>
        <translation>Paper bags, weight</translation>
    </message>
    <message>
        <source>Reusable bags sold</source>
        <translation>Reusable bags sold</translation>
    </message>
    <message>
        <source>Option code</source>
        <translation>Option code</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Process step</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Feasibility</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Annual net savings</source>
        <translation>Annual net savings</translation>
    </message>
    <message>
        <source>Electricity saved</source>
        <translation>Electricity saved</translation>
    </message>
    <message>
        <source>Materials or fuel saved</source>
        <translation>Materials or fuel saved</translation>
    </message>
    <message>
        <source>Water saved</source>
        <translation>Water saved</translation>
    </message>
    <message>
        <source>Waste avoided</source>
        <translation>Waste avoided</translation>
    </message>
    <message>
        <source>Wastewater avoided</source>
        <translation>Wastewater avoided</translation>
    </message>
    <message>
        <source>CO₂ avoided</source>
        <translation>CO₂ avoided</translation>
    </message>
    <message>
        <source>Useful life</source>
        <translation>Useful life</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Report saved</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Saved as {file}.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>Show &amp;folder</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to SCP Desktop</source>
        <translation>Welcome to SCP Desktop</translation>
    </message>
    <message>
        <source>SCP Desktop keeps your sustainable-production records on this computer, works offline, and prepares your reports to the Ministry of Industry and Trade.</source>
        <translation>SCP Desktop keeps your sustainable-production records on this computer, works offline, and prepares your reports to the Ministry of Industry and Trade.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Explore the demo workspace (sample enterprises, two years of data)</source>
        <translation>Explore the demo workspace (sample enterprises, two years of data)</translation>
    </message>
    <message>
        <source>Or register your own organization:</source>
        <translation>Or register your own organization:</translation>
    </message>
    <message>
        <source>Create organization and start</source>
        <translation>Create organization and start</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>TOE (tonne of oil equivalent)</source>
        <translation>TOE (tonne of oil equivalent)</translation>
    </message>
    <message>
        <source>The common measure of energy: every fuel and kWh is converted to tonnes of oil equivalent so that they can be added up.</source>
        <translation>The common measure of energy: every fuel and kWh is converted to tonnes of oil equivalent so that they can be added up.</translation>
    </message>
    <message>
        <source>Key energy user</source>
        <translation>Key energy user</translation>
    </message>
    <message>
        <source>A facility whose yearly energy use reaches the threshold for its kind ({plant} TOE for a plant, {store} TOE for a store or building); it has duties of its own: an energy manager, an annual report, an energy audit every three years.</source>
        <translation>A facility whose yearly energy use reaches the threshold for its kind ({plant} TOE for a plant, {store} TOE for a store or building); it has duties of its own: an energy manager, an annual report, an energy audit every three years.</translation>
    </message>
    <message>
        <source>Scope 1 emissions</source>
        <translation>Scope 1 emissions</translation>
    </message>
    <message>
        <source>CO₂ from fuel burned at the facility itself (coal, oil, gas). Fuels from biomass are shown apart as biogenic CO₂.</source>
        <translation>CO₂ from fuel burned at the facility itself (coal, oil, gas). Fuels from biomass are shown apart as biogenic CO₂.</translation>
    </message>
    <message>
        <source>Scope 2 emissions</source>
        <translation>Scope 2 emissions</translation>
    </message>
    <message>
        <source>CO₂ from the electricity the facility buys from the grid, with the grid factor of the year.</source>
        <translation>CO₂ from the electricity the facility buys from the grid, with the grid factor of the year.</translation>
    </message>
    <message>
        <source>GHG inventory</source>
        <translation>GHG inventory</translation>
    </message>
    <message>
        <source>Counting a facility's greenhouse-gas emissions each year, a duty above the thresholds.</source>
        <translation>Counting a facility's greenhouse-gas emissions each year, a duty above the thresholds.</translation>
    </message>
    <message>
        <source>Cleaner production (SXSH)</source>
        <translation>Cleaner production (SXSH)</translation>
    </message>
    <message>
        <source>Changes to a process, its materials or its management that use less energy, water and materials and make less waste; each option is recorded with its investment and savings.</source>
        <translation>Changes to a process, its materials or its management that use less energy, water and materials and make less waste; each option is recorded with its investment and savings.</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Baseline year</translation>
    </message>
    <message>
        <source>The year a reduction is measured against. A national target has its own (2010 for plastic bags); another can be chosen under Organizations ▸ Edit organization.</source>
        <translation>The year a reduction is measured against. A national target has its own (2010 for plastic bags); another can be chosen under Organizations ▸ Edit organization.</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Finalize</translation>
    </message>
    <message>
        <source>Closing a period: its records become read-only and the report waits to be sent to the ministry. A later mistake is corrected by a new report that replaces it.</source>
        <translation>Closing a period: its records become read-only and the report waits to be sent to the ministry. A later mistake is corrected by a new report that replaces it.</translation>
    </message>
    <message>
        <source>Draft criteria</source>
        <translation>Draft criteria</translation>
    </message>
    <message>
        <source>Self-assessment criteria written by this project from the legal texts they cite, not yet issued by the ministry: a score against them is a guide, not a certification.</source>
        <translation>Self-assessment criteria written by this project from the legal texts they cite, not yet issued by the ministry: a score against them is a guide, not a certification.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>This guide, at the chapter of the page shown</source>
        <translation>This guide, at the chapter of the page shown</translation>
    </message>
    <message>
        <source>SCP Desktop user guide</source>
        <translation>SCP Desktop user guide</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Unknown record kind “{kind}”. Known kinds: {known}.</source>
        <translation>Unknown record kind “{kind}”. Known kinds: {known}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Cannot read {path}: {reason}.</translation>
    </message>
    <message>
        <source>The file is empty: a header row is required.</source>
        <translation>The file is empty: a header row is required.</translation>
    </message>
    <message>
        <source>The file changes text encoding near line {line}: save it again as CSV UTF-8.</source>
        <translation>The file changes text encoding near line {line}: save it again as CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is not valid CSV: {reason}.</source>
        <translation>The file is not valid CSV: {reason}.</translation>
    </message>
    <message>
        <source>Required column “{column}” is missing from the header.</source>
        <translation>Required column “{column}” is missing from the header.</translation>
    </message>
    <message>
        <source>Column “{column}” appears twice in the header.</source>
        <translation>Column “{column}” appears twice in the header.</translation>
    </message>
    <message>
        <source>{file}: {count} bad row(s); nothing was imported. Fix them and import the file again.</source>
        <translation>{file}: {count} bad row(s); nothing was imported. Fix them and import the file again.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx) that can be read ({reason}).</source>
        <translation>The file is not an Excel workbook (.xlsx) that can be read ({reason}).</translation>
    </message>
    <message>
        <source>Column “{column}” can be read two ways: “{text}” is {vi} if the file writes 1.234,5 and {en} if it writes 1,234.5, and no cell of the file says which ({count} column(s) like this). Nothing was imported: say how the file writes its numbers.</source>
        <translation>Column “{column}” can be read two ways: “{text}” is {vi} if the file writes 1.234,5 and {en} if it writes 1,234.5, and no cell of the file says which ({count} column(s) like this). Nothing was imported: say how the file writes its numbers.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a folder, device or pipe cannot be imported).</source>
        <translation>{path} is not a regular file (a folder, device or pipe cannot be imported).</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Records:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Import a CSV or Excel file</source>
        <translation>Import a CSV or Excel file</translation>
    </message>
    <message>
        <source>As each column's own cells show</source>
        <translation>As each column's own cells show</translation>
    </message>
    <message>
        <source>2025-03-01 or 01/03/2025</source>
        <translation>2025-03-01 or 01/03/2025</translation>
    </message>
    <message>
        <source>Excel day numbers (45717)</source>
        <translation>Excel day numbers (45717)</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Numbers:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>&amp;Check the file</source>
        <translation>&amp;Check the file</translation>
    </message>
    <message>
        <source>If any row is bad, import nothing</source>
        <translation>If any row is bad, import nothing</translation>
    </message>
    <message>
        <source>Import the good rows and save a list of the skipped ones</source>
        <translation>Import the good rows and save a list of the skipped ones</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>How are these numbers written?</source>
        <translation>How are these numbers written?</translation>
    </message>
    <message>
        <source>Values not recognized</source>
        <translation>Values not recognized</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— not in the file —</translation>
    </message>
    <message>
        <source>value for every row</source>
        <translation>value for every row</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>This layout was mapped before; check and import.</source>
        <translation>This layout was mapped before; check and import.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Checking {file}…</translation>
    </message>
    <message>
        <source>{rows} rows: {created} new, {replaced} would replace a different stored value, {unchanged} already there; {bad} bad row(s). Nothing is stored until you press Import.</source>
        <translation>{rows} rows: {created} new, {replaced} would replace a different stored value, {unchanged} already there; {bad} bad row(s). Nothing is stored until you press Import.</translation>
    </message>
    <message>
        <source>Check {record}, {field}: {message}</source>
        <translation>Check {record}, {field}: {message}</translation>
    </message>
    <message>
        <source>{field}: “{value}” read as {label} in {count} row(s)</source>
        <translation>{field}: “{value}” read as {label} in {count} row(s)</translation>
    </message>
    <message>
        <source>“{text}” = {vi} or {en}</source>
        <translation>“{text}” = {vi} or {en}</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>1.234,5 (Vietnamese): {first}</source>
        <translation>1.234,5 (Vietnamese): {first}</translation>
    </message>
    <message>
        <source>1,234.5 (English): {first}</source>
        <translation>1,234.5 (English): {first}</translation>
    </message>
    <message>
        <source>— leave as a bad row —</source>
        <translation>— leave as a bad row —</translation>
    </message>
    <message>
        <source>{field} “{value}” ({count} row(s)) means:</source>
        <translation>{field} “{value}” ({count} row(s)) means:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>More than ×10: check the file</source>
        <translation>More than ×10: check the file</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx)</source>
        <translation>Spreadsheets (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>{file}: {rows} rows — {created} new, {replaced} replaced, {unchanged} unchanged; {warnings} warning(s).</source>
        <translation>{file}: {rows} rows — {created} new, {replaced} replaced, {unchanged} unchanged; {warnings} warning(s).</translation>
    </message>
    <message>
        <source>{count} bad row(s) skipped, listed in {file}.</source>
        <translation>{count} bad row(s) skipped, listed in {file}.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <source>Line {line}, {column}: {message}</source>
        <translation>Line {line}, {column}: {message}</translation>
    </message>
    <message>
        <source>{name} is not a regular file</source>
        <translation>{name} is not a regular file</translation>
    </message>
    <message>
        <source>it is larger than {size} KB</source>
        <translation>it is larger than {size} KB</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>it is nested too deeply</translation>
    </message>
    <message>
        <source>The header row is said to be row {row}, but the file ends after {lines} rows.</source>
        <translation>The header row is said to be row {row}, but the file ends after {lines} rows.</translation>
    </message>
    <message>
        <source>The sheet is larger than a spreadsheet can be ({rows} rows × {columns} columns; at most {cells} cells are read): nothing was imported.</source>
        <translation>The sheet is larger than a spreadsheet can be ({rows} rows × {columns} columns; at most {cells} cells are read): nothing was imported.</translation>
    </message>
    <message>
        <source>The workbook is not a normal spreadsheet: its part {part} would unpack to {size} MB from {packed} MB; nothing was imported.</source>
        <translation>The workbook is not a normal spreadsheet: its part {part} would unpack to {size} MB from {packed} MB; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Production output</source>
        <translation>Production output</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Waste</translation>
    </message>
    <message>
        <source>Bags &amp; packaging</source>
        <translation>Bags &amp; packaging</translation>
    </message>
    <message>
        <source>Cleaner production options</source>
        <translation>Cleaner production options</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The backup could not be written to {folder}: {reason}</source>
        <translation>The backup could not be written to {folder}: {reason}</translation>
    </message>
    <message>
        <source>SCP Desktop — sustainable production reporting</source>
        <translation>SCP Desktop — sustainable production reporting</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;Organization: </source>
        <translation>&amp;Organization: </translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Fill with &amp;demo data</source>
        <translation>Fill with &amp;demo data</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Export this organization as an &amp;archive…</source>
        <translation>Export this organization as an &amp;archive…</translation>
    </message>
    <message>
        <source>Import an archi&amp;ve…</source>
        <translation>Import an archi&amp;ve…</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Restore from a &amp;backup…</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>Backup &amp;folder…</translation>
    </message>
    <message>
        <source>&amp;Import CSV file…</source>
        <translation>&amp;Import CSV file…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossary</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About SCP Desktop</source>
        <translation>&amp;About SCP Desktop</translation>
    </message>
    <message>
        <source>Offline: nothing is sent until you sync</source>
        <translation>Offline: nothing is sent until you sync</translation>
    </message>
    <message>
        <source>Sign in to send ({waiting} waiting)</source>
        <translation>Sign in to send ({waiting} waiting)</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Opening the workspace…</translation>
    </message>
    <message>
        <source>Workspace: {path}</source>
        <translation>Workspace: {path}</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Cannot open workspace</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>{path} cannot be opened: {reason}</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>SCP workspaces (*.sqlite)</source>
        <translation>SCP workspaces (*.sqlite)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>About SCP Desktop</source>
        <translation>About SCP Desktop</translation>
    </message>
    <message>
        <source>SCP Desktop {version}
Records sustainable production and consumption data and reports it to the Ministry of Industry and Trade (Decision 76/QĐ-TTg).</source>
        <translation>SCP Desktop {version}
Records sustainable production and consumption data and reports it to the Ministry of Industry and Trade (Decision 76/QĐ-TTg).</translation>
    </message>
    <message>
        <source>SCP archives (*.zip)</source>
        <translation>SCP archives (*.zip)</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Exported to {file}</translation>
    </message>
    <message>
        <source>Imported {organizations}: {created} new records, {assessments} assessment(s).</source>
        <translation>Imported {organizations}: {created} new records, {assessments} assessment(s).</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>Backed up to {file}</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Backup of {when}: {organizations}; latest period {period}. Restore it?</source>
        <translation>Backup of {when}: {organizations}; latest period {period}. Restore it?</translation>
    </message>
    <message>
        <source>Organizations &amp; facilities</source>
        <translation>Organizations &amp; facilities</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Production &amp; resources</source>
        <translation>Production &amp; resources</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Eco-innovation projects</source>
        <translation>Eco-innovation projects</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Send to the ministry</source>
        <translation>Send to the ministry</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” is not a number.</translation>
    </message>
    <message>
        <source>“{text}” is not a number written as 1.234,5.</source>
        <translation>“{text}” is not a number written as 1.234,5.</translation>
    </message>
    <message>
        <source>“{text}” is not a number written as 1,234.5.</source>
        <translation>“{text}” is not a number written as 1,234.5.</translation>
    </message>
    <message>
        <source>“{text}” must be a whole number.</source>
        <translation>“{text}” must be a whole number.</translation>
    </message>
    <message>
        <source>“{text}…” is too long to be a number.</source>
        <translation>“{text}…” is too long to be a number.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write 2025-07-31 or 31/07/2025.</source>
        <translation>“{text}” is not a date: write 2025-07-31 or 31/07/2025.</translation>
    </message>
    <message>
        <source>“{text}” is written as {style}, but this column writes its numbers as {column_style} (e.g. “{example}”).</source>
        <translation>“{text}” is written as {style}, but this column writes its numbers as {column_style} (e.g. “{example}”).</translation>
    </message>
</context>
<context>
    <name>OrgKind</name>
    <message>
        <source>Manufacturer</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>Supermarket or mall</source>
        <translation>Supermarket or mall</translation>
    </message>
    <message>
        <source>Traditional market</source>
        <translation>Traditional market</translation>
    </message>
    <message>
        <source>Industrial park or cluster</source>
        <translation>Industrial park or cluster</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Organization</name>
    <message>
        <source>The name is required.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <source>The name is longer than {max} characters.</source>
        <translation>The name is longer than {max} characters.</translation>
    </message>
    <message>
        <source>Unknown kind “{kind}”. Choose one of: {known}.</source>
        <translation>Unknown kind “{kind}”. Choose one of: {known}.</translation>
    </message>
    <message>
        <source>“{text}” is not a province or city of Viet Nam (name or 2-digit code).</source>
        <translation>“{text}” is not a province or city of Viet Nam (name or 2-digit code).</translation>
    </message>
    <message>
        <source>{former} was merged into {current} on 1 July 2025; {current} is used.</source>
        <translation>{former} was merged into {current} on 1 July 2025; {current} is used.</translation>
    </message>
    <message>
        <source>{former} became the centrally-run city of {current} on 1 January 2025 (Resolution 175/2024/QH15); {current} is used.</source>
        <translation>{former} became the centrally-run city of {current} on 1 January 2025 (Resolution 175/2024/QH15); {current} is used.</translation>
    </message>
    <message>
        <source>“{text}” is not a VSIC 2018 code: give a section letter (C) or a division (13, C1311).</source>
        <translation>“{text}” is not a VSIC 2018 code: give a section letter (C) or a division (13, C1311).</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>“{text}” is not an e-mail address.</translation>
    </message>
    <message>
        <source>An organization with tax code {tax_code} already exists: {name}.</source>
        <translation>An organization with tax code {tax_code} already exists: {name}.</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>Default: {year}, the national baseline</source>
        <translation>Default: {year}, the national baseline</translation>
    </message>
    <message>
        <source>Default: the first year with data</source>
        <translation>Default: the first year with data</translation>
    </message>
    <message>
        <source>Reductions are measured against these years. A target's own baseline (2010 for bags, Decision 582/QĐ-TTg) applies unless you choose another.</source>
        <translation>Reductions are measured against these years. A target's own baseline (2010 for bags, Decision 582/QĐ-TTg) applies unless you choose another.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Baseline years</source>
        <translation>Baseline years</translation>
    </message>
</context>
<context>
    <name>Organizations</name>
    <message>
        <source>&amp;Tax code</source>
        <translation>&amp;Tax code</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Province or city</source>
        <translation>&amp;Province or city</translation>
    </message>
    <message>
        <source>&amp;Sector (VSIC)</source>
        <translation>&amp;Sector (VSIC)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>&amp;Contact person</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>10 digits, or 13 for a branch (0300588569-001)</source>
        <translation>10 digits, or 13 for a branch (0300588569-001)</translation>
    </message>
    <message>
        <source>type a name or a code, e.g. 13 (textiles) or G47 (retail)</source>
        <translation>type a name or a code, e.g. 13 (textiles) or G47 (retail)</translation>
    </message>
    <message>
        <source>type a few letters, e.g. ha noi</source>
        <translation>type a few letters, e.g. ha noi</translation>
    </message>
    <message>
        <source>As on the business registration certificate</source>
        <translation>As on the business registration certificate</translation>
    </message>
    <message>
        <source>Decides which pages, duties and targets apply</source>
        <translation>Decides which pages, duties and targets apply</translation>
    </message>
    <message>
        <source>Where it is registered; type to find</source>
        <translation>Where it is registered; type to find</translation>
    </message>
    <message>
        <source>VSIC 2018: a section letter, a division (13) or a full code (C1311)</source>
        <translation>VSIC 2018: a section letter, a division (13) or a full code (C1311)</translation>
    </message>
    <message>
        <source>e.g. 125 Trần Duy Hưng, Cầu Giấy, Hà Nội</source>
        <translation>e.g. 125 Trần Duy Hưng, Cầu Giấy, Hà Nội</translation>
    </message>
    <message>
        <source>e.g. 024 3825 1234</source>
        <translation>e.g. 024 3825 1234</translation>
    </message>
    <message>
        <source>e.g. ten@congty.vn</source>
        <translation>e.g. ten@congty.vn</translation>
    </message>
    <message>
        <source>Edit organization</source>
        <translation>Edit organization</translation>
    </message>
    <message>
        <source>Valid tax code {code}</source>
        <translation>Valid tax code {code}</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>New organization</translation>
    </message>
    <message>
        <source>New organization…</source>
        <translation>New organization…</translation>
    </message>
    <message>
        <source>Edit or&amp;ganization…</source>
        <translation>Edit or&amp;ganization…</translation>
    </message>
    <message>
        <source>Name, kind, province, sector, address, contact and baseline years</source>
        <translation>Name, kind, province, sector, address, contact and baseline years</translation>
    </message>
    <message>
        <source>Facility or store</source>
        <translation>Facility or store</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>K&amp;ind</source>
        <translation>K&amp;ind</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>Pro&amp;vince</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Energy &amp;manager</source>
        <translation>Energy &amp;manager</translation>
    </message>
    <message>
        <source>Manager's certificate</source>
        <translation>Manager's certificate</translation>
    </message>
    <message>
        <source>Design capacity</source>
        <translation>Design capacity</translation>
    </message>
    <message>
        <source>Main products</source>
        <translation>Main products</translation>
    </message>
    <message>
        <source>Last energy audit</source>
        <translation>Last energy audit</translation>
    </message>
    <message>
        <source>MOIT energy norm</source>
        <translation>MOIT energy norm</translation>
    </message>
    <message>
        <source>GHG list</source>
        <translation>GHG list</translation>
    </message>
    <message>
        <source>Facility code</source>
        <translation>Facility code</translation>
    </message>
    <message>
        <source>Facility name</source>
        <translation>Facility name</translation>
    </message>
    <message>
        <source>Facility kind</source>
        <translation>Facility kind</translation>
    </message>
    <message>
        <source>On the published list</source>
        <translation>On the published list</translation>
    </message>
    <message>
        <source>On the Prime Minister's published list of GHG inventory facilities</source>
        <translation>On the Prime Minister's published list of GHG inventory facilities</translation>
    </message>
    <message>
        <source>1–20 letters, digits, - or _, e.g. NM01 or ST02</source>
        <translation>1–20 letters, digits, - or _, e.g. NM01 or ST02</translation>
    </message>
    <message>
        <source>e.g. Nhà máy dệt nhuộm Tân Tạo</source>
        <translation>e.g. Nhà máy dệt nhuộm Tân Tạo</translation>
    </message>
    <message>
        <source>A plant, store, market, building or warehouse</source>
        <translation>A plant, store, market, building or warehouse</translation>
    </message>
    <message>
        <source>Only when the facility is not in the organization's province; type to find</source>
        <translation>Only when the facility is not in the organization's province; type to find</translation>
    </message>
    <message>
        <source>Name of the facility's energy manager</source>
        <translation>Name of the facility's energy manager</translation>
    </message>
    <message>
        <source>Number and date of the certificate</source>
        <translation>Number and date of the certificate</translation>
    </message>
    <message>
        <source>As the facility states it, e.g. 12.000 tấn vải/năm</source>
        <translation>As the facility states it, e.g. 12.000 tấn vải/năm</translation>
    </message>
    <message>
        <source>e.g. vải dệt kim, sợi</source>
        <translation>e.g. vải dệt kim, sợi</translation>
    </message>
    <message>
        <source>Date of the last energy audit, e.g. {date}</source>
        <translation>Date of the last energy audit, e.g. {date}</translation>
    </message>
    <message>
        <source>The MOIT energy norm its output is measured against</source>
        <translation>The MOIT energy norm its output is measured against</translation>
    </message>
    <message>
        <source>e.g. 12.000 tấn vải/năm</source>
        <translation>e.g. 12.000 tấn vải/năm</translation>
    </message>
    <message>
        <source>number and date</source>
        <translation>number and date</translation>
    </message>
    <message>
        <source>Add facility</source>
        <translation>Add facility</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>— the organization's province —</source>
        <translation>— the organization's province —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Energy manager</source>
        <translation>Energy manager</translation>
    </message>
    <message>
        <source>No organization yet. Create the first one with “New organization…”.</source>
        <translation>No organization yet. Create the first one with “New organization…”.</translation>
    </message>
    <message>
        <source>{name} · tax code {tax} · {kind} · {province} · sector {sector}</source>
        <translation>{name} · tax code {tax} · {kind} · {province} · sector {sector}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>No organization yet: create one on the Organizations page, or open the demo workspace from the File menu.</source>
        <translation>No organization yet: create one on the Organizations page, or open the demo workspace from the File menu.</translation>
    </message>
    <message>
        <source>No data for {year} yet: record energy, bags or waste on their pages.</source>
        <translation>No data for {year} yet: record energy, bags or waste on their pages.</translation>
    </message>
    <message>
        <source>Energy use per month (TOE)</source>
        <translation>Energy use per month (TOE)</translation>
    </message>
    <message>
        <source>CO₂ per month, Scope 1 + 2 (t)</source>
        <translation>CO₂ per month, Scope 1 + 2 (t)</translation>
    </message>
    <message>
        <source>Non-biodegradable bags per transaction</source>
        <translation>Non-biodegradable bags per transaction</translation>
    </message>
    <message>
        <source>Waste recovery rate per month (%)</source>
        <translation>Waste recovery rate per month (%)</translation>
    </message>
    <message>
        <source>TOE</source>
        <translation>TOE</translation>
    </message>
    <message>
        <source>bags per transaction</source>
        <translation>bags per transaction</translation>
    </message>
    <message>
        <source>No monthly data for {year}.</source>
        <translation>No monthly data for {year}.</translation>
    </message>
    <message>
        <source>national target ({pct} % below {year})</source>
        <translation>national target ({pct} % below {year})</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <source>(date not checked against the legal text)</source>
        <translation>(date not checked against the legal text)</translation>
    </message>
    <message>
        <source>no confirmed date</source>
        <translation>no confirmed date</translation>
    </message>
    <message>
        <source>{date}, {days} days overdue</source>
        <translation>{date}, {days} days overdue</translation>
    </message>
    <message>
        <source>{date}, {days} days left</source>
        <translation>{date}, {days} days left</translation>
    </message>
    <message>
        <source>To: {to}</source>
        <translation>To: {to}</translation>
    </message>
    <message>
        <source>Duties and deadlines</source>
        <translation>Duties and deadlines</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>No energy data</source>
        <translation>No energy data</translation>
    </message>
    <message>
        <source>CO₂ (Scope 1 + 2)</source>
        <translation>CO₂ (Scope 1 + 2)</translation>
    </message>
    <message>
        <source>Key energy user: {facilities}</source>
        <translation>Key energy user: {facilities}</translation>
    </message>
    <message>
        <source>No facility reaches the key-user threshold</source>
        <translation>No facility reaches the key-user threshold</translation>
    </message>
    <message>
        <source>Scope 1 {scope1} t · Scope 2 {scope2} t (grid factor {factor} of {year})</source>
        <translation>Scope 1 {scope1} t · Scope 2 {scope2} t (grid factor {factor} of {year})</translation>
    </message>
    <message>
        <source>target {target} %, counting: {routes}</source>
        <translation>target {target} %, counting: {routes}</translation>
    </message>
    <message>
        <source>no national target (all recovery routes shown)</source>
        <translation>no national target (all recovery routes shown)</translation>
    </message>
    <message>
        <source>{change} % vs {year}</source>
        <translation>{change} % vs {year}</translation>
    </message>
    <message>
        <source>GHG inventory: {facilities}</source>
        <translation>GHG inventory: {facilities}</translation>
    </message>
    <message>
        <source>no facility meets the GHG-inventory criteria</source>
        <translation>no facility meets the GHG-inventory criteria</translation>
    </message>
    <message>
        <source>Plastic bags</source>
        <translation>Plastic bags</translation>
    </message>
    <message>
        <source>No bag data</source>
        <translation>No bag data</translation>
    </message>
    <message>
        <source>Reduction vs baseline</source>
        <translation>Reduction vs baseline</translation>
    </message>
    <message>
        <source>non-biodegradable bags per transaction</source>
        <translation>non-biodegradable bags per transaction</translation>
    </message>
    <message>
        <source>{scopes} (latest published)</source>
        <translation>{scopes} (latest published)</translation>
    </message>
    <message>
        <source>No data for the baseline year {year}</source>
        <translation>No data for the baseline year {year}</translation>
    </message>
    <message>
        <source>target {target} % by the national program · baseline {year}</source>
        <translation>target {target} % by the national program · baseline {year}</translation>
    </message>
    <message>
        <source>Waste recovery against the national targets</source>
        <translation>Waste recovery against the national targets</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>“{text}” is not a period: write 2025, 2025-Q3, 2025-07, 07/2025, Quý 3/2025 or Năm 2025.</source>
        <translation>“{text}” is not a period: write 2025, 2025-Q3, 2025-07, 07/2025, Quý 3/2025 or Năm 2025.</translation>
    </message>
    <message>
        <source>Month {month} does not exist: use 01 to 12.</source>
        <translation>Month {month} does not exist: use 01 to 12.</translation>
    </message>
    <message>
        <source>Year {year} is before {min_year}: check the year.</source>
        <translation>Year {year} is before {min_year}: check the year.</translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <source>desktop app</source>
        <translation>desktop app</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>file import</source>
        <translation>file import</translation>
    </message>
    <message>
        <source>ministry server</source>
        <translation>ministry server</translation>
    </message>
    <message>
        <source>archive import</source>
        <translation>archive import</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>demo data</translation>
    </message>
    <message>
        <source>History of {record}</source>
        <translation>History of {record}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Rows created by a file import are recorded once, as the import of that file.</source>
        <translation>Rows created by a file import are recorded once, as the import of that file.</translation>
    </message>
    <message>
        <source>imported from {file}</source>
        <translation>imported from {file}</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
</context>
<context>
    <name>RecordModel</name>
    <message>
        <source>TOE</source>
        <translation>TOE</translation>
    </message>
    <message>
        <source>Bags per transaction</source>
        <translation>Bags per transaction</translation>
    </message>
    <message>
        <source>Payback (years)</source>
        <translation>Payback (years)</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>Every change of this record: when, who, from where, old → new</source>
        <translation>Every change of this record: when, who, from where, old → new</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Enter or Ctrl+S</source>
        <translation>Enter or Ctrl+S</translation>
    </message>
    <message>
        <source>{field}: choose from the list (type to jump)</source>
        <translation>{field}: choose from the list (type to jump)</translation>
    </message>
    <message>
        <source>{field}, in the unit chosen below it. Example: {example}</source>
        <translation>{field}, in the unit chosen below it. Example: {example}</translation>
    </message>
    <message>
        <source>{field}, in {unit}. Example: {example}</source>
        <translation>{field}, in {unit}. Example: {example}</translation>
    </message>
    <message>
        <source>{field}. Example: {example}</source>
        <translation>{field}. Example: {example}</translation>
    </message>
    <message>
        <source>2025, 2025-Q3 or 2025-07</source>
        <translation>2025, 2025-Q3 or 2025-07</translation>
    </message>
    <message>
        <source>= {toe} TOE</source>
        <translation>= {toe} TOE</translation>
    </message>
    <message>
        <source>{co2} t CO₂ (Scope 2)</source>
        <translation>{co2} t CO₂ (Scope 2)</translation>
    </message>
    <message>
        <source>{co2} t biogenic CO₂</source>
        <translation>{co2} t biogenic CO₂</translation>
    </message>
    <message>
        <source>{co2} t CO₂ (Scope 1)</source>
        <translation>{co2} t CO₂ (Scope 1)</translation>
    </message>
    <message>
        <source>{per} non-biodegradable bags per transaction</source>
        <translation>{per} non-biodegradable bags per transaction</translation>
    </message>
    <message>
        <source>Payback {years} years</source>
        <translation>Payback {years} years</translation>
    </message>
    <message>
        <source>Never pays back</source>
        <translation>Never pays back</translation>
    </message>
    <message>
        <source>NPV {npv} VND at {rate} %</source>
        <translation>NPV {npv} VND at {rate} %</translation>
    </message>
    <message>
        <source>IRR {irr} %</source>
        <translation>IRR {irr} %</translation>
    </message>
    <message>
        <source>Save record</source>
        <translation>Save record</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>Facility:</source>
        <translation>Facility:</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Store:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>&amp;Finalize period</source>
        <translation>&amp;Finalize period</translation>
    </message>
    <message>
        <source>Start a &amp;correction</source>
        <translation>Start a &amp;correction</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>The table as filtered, to CSV or Excel, in the current language</source>
        <translation>The table as filtered, to CSV or Excel, in the current language</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Choose a year (and a month) to see or finalize the report for that period.</source>
        <translation>Choose a year (and a month) to see or finalize the report for that period.</translation>
    </message>
    <message>
        <source>{period}: draft, saved as you type.</source>
        <translation>{period}: draft, saved as you type.</translation>
    </message>
    <message>
        <source>This draft corrects submission {id}.</source>
        <translation>This draft corrects submission {id}.</translation>
    </message>
    <message>
        <source>{period}: {state} · submission {id}</source>
        <translation>{period}: {state} · submission {id}</translation>
    </message>
    <message>
        <source>Read-only: part of the finalized report for {period}.</source>
        <translation>Read-only: part of the finalized report for {period}.</translation>
    </message>
    <message>
        <source>Finalize {period}?</source>
        <translation>Finalize {period}?</translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation>&amp;Finalize</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Export the table</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported {count} rows to {file}.</source>
        <translation>Exported {count} rows to {file}.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>%Ln record(s)</source>
        <translation>%Ln record(s)</translation>
    </message>
    <message>
        <source>Choose or create an organization first (Organizations page).</source>
        <translation>Choose or create an organization first (Organizations page).</translation>
    </message>
    <message>
        <source>Add a facility or store on the Organizations page, then record its data here.</source>
        <translation>Add a facility or store on the Organizations page, then record its data here.</translation>
    </message>
    <message>
        <source>No records yet: fill in the form on the right and press Enter, or paste rows copied from a spreadsheet into the table (Ctrl+V).</source>
        <translation>No records yet: fill in the form on the right and press Enter, or paste rows copied from a spreadsheet into the table (Ctrl+V).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Paste rows</translation>
    </message>
    <message>
        <source>Pasted {saved} row(s); {bad} row(s) need fixing.</source>
        <translation>Pasted {saved} row(s); {bad} row(s) need fixing.</translation>
    </message>
    <message>
        <source>Row {row}, {field}: {message}</source>
        <translation>Row {row}, {field}: {message}</translation>
    </message>
    <message>
        <source>“{text}”: {vi} if written as 1.234,5, {en} if written as 1,234.5</source>
        <translation>“{text}”: {vi} if written as 1.234,5, {en} if written as 1,234.5</translation>
    </message>
    <message>
        <source>How are these numbers written?</source>
        <translation>How are these numbers written?</translation>
    </message>
    <message>
        <source>The numbers of column “{column}” can be read two ways and nothing says which:</source>
        <translation>The numbers of column “{column}” can be read two ways and nothing says which:</translation>
    </message>
    <message>
        <source>Finalize {kind} for {period} ({scope})? Its {count} record(s) become read-only and the report is queued for the ministry. A mistake found later is corrected by a new report that replaces this one.</source>
        <translation>Finalize {kind} for {period} ({scope})? Its {count} record(s) become read-only and the report is queued for the ministry. A mistake found later is corrected by a new report that replaces this one.</translation>
    </message>
    <message>
        <source>the whole organization</source>
        <translation>the whole organization</translation>
    </message>
    <message>
        <source>{facility} only</source>
        <translation>{facility} only</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>A quantity cannot be negative ({value}).</source>
        <translation>A quantity cannot be negative ({value}).</translation>
    </message>
    <message>
        <source>{field} “{value}” is unknown. Known: {known}.</source>
        <translation>{field} “{value}” is unknown. Known: {known}.</translation>
    </message>
    <message>
        <source>{value} is beyond the largest figure a record can hold ({max}).</source>
        <translation>{value} is beyond the largest figure a record can hold ({max}).</translation>
    </message>
    <message>
        <source>{field}: {value} is more than one record can plausibly hold ({max}): check the unit and separators.</source>
        <translation>{field}: {value} is more than one record can plausibly hold ({max}): check the unit and separators.</translation>
    </message>
    <message>
        <source>Period {period} has not started yet.</source>
        <translation>Period {period} has not started yet.</translation>
    </message>
    <message>
        <source>{date} is in the future.</source>
        <translation>{date} is in the future.</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>At most {max} characters.</translation>
    </message>
    <message>
        <source>{value} is more than 10 times the same period last year ({previous}): please check.</source>
        <translation>{value} is more than 10 times the same period last year ({previous}): please check.</translation>
    </message>
    <message>
        <source>{value} is {factor} times the usual {usual} of this facility's neighbouring records: please check.</source>
        <translation>{value} is {factor} times the usual {usual} of this facility's neighbouring records: please check.</translation>
    </message>
    <message>
        <source>{value} is a {factor}th of the usual {usual} of this facility's neighbouring records: please check.</source>
        <translation>{value} is a {factor}th of the usual {usual} of this facility's neighbouring records: please check.</translation>
    </message>
    <message>
        <source>{per} bags per transaction is implausible (more than {max}): please check.</source>
        <translation>{per} bags per transaction is implausible (more than {max}): please check.</translation>
    </message>
    <message>
        <source>{grams} g per non-biodegradable bag is implausible (more than {max} g): check kg and count.</source>
        <translation>{grams} g per non-biodegradable bag is implausible (more than {max} g): check kg and count.</translation>
    </message>
    <message>
        <source>Bags were handed out on a day with no transactions: please check.</source>
        <translation>Bags were handed out on a day with no transactions: please check.</translation>
    </message>
    <message>
        <source>“{code}” is not one of this organization's stores or markets: add it as a store or market first.</source>
        <translation>“{code}” is not one of this organization's stores or markets: add it as a store or market first.</translation>
    </message>
    <message>
        <source>Period {period} overlaps {other}, already recorded for the same {what}: record either the whole period or its parts, not both.</source>
        <translation>Period {period} overlaps {other}, already recorded for the same {what}: record either the whole period or its parts, not both.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Tax code {tax_code}</source>
        <translation>Tax code {tax_code}</translation>
    </message>
    <message>
        <source>Prepared by (name, position)</source>
        <translation>Prepared by (name, position)</translation>
    </message>
    <message>
        <source>Legal representative (signature, seal)</source>
        <translation>Legal representative (signature, seal)</translation>
    </message>
    <message>
        <source>Date: ……/……/…………</source>
        <translation>Date: ……/……/…………</translation>
    </message>
    <message>
        <source>The QR code holds this report's identity (organization, period, SHA-256 of its content and, once sent, the submission id), so a verifier can match this paper to the ministry's record.</source>
        <translation>The QR code holds this report's identity (organization, period, SHA-256 of its content and, once sent, the submission id), so a verifier can match this paper to the ministry's record.</translation>
    </message>
    <message>
        <source>The QR code opens the ministry's page for this report: it confirms that this paper matches what the ministry received, and says its state.</source>
        <translation>The QR code opens the ministry's page for this report: it confirms that this paper matches what the ministry received, and says its state.</translation>
    </message>
    <message>
        <source>DRAFT – not finalized</source>
        <translation>DRAFT – not finalized</translation>
    </message>
    <message>
        <source>Annual energy report {year}</source>
        <translation>Annual energy report {year}</translation>
    </message>
    <message>
        <source>Plastic bag and packaging reduction report {year}</source>
        <translation>Plastic bag and packaging reduction report {year}</translation>
    </message>
    <message>
        <source>Waste recovery report {year}</source>
        <translation>Waste recovery report {year}</translation>
    </message>
    <message>
        <source>Cleaner-production options register {year}</source>
        <translation>Cleaner-production options register {year}</translation>
    </message>
    <message>
        <source>Self-assessment: {scheme}</source>
        <translation>Self-assessment: {scheme}</translation>
    </message>
    <message>
        <source>Eco-innovation assessment of {client}</source>
        <translation>Eco-innovation assessment of {client}</translation>
    </message>
    <message>
        <source>Fields of form Mẫu 1.1, Annex I, Circular 25/2020/TT-BCT (annual report of a key energy user), as far as they are recorded here. TOE factors: Official Letter 3505/BCT-KHCN (2011).</source>
        <translation>Fields of form Mẫu 1.1, Annex I, Circular 25/2020/TT-BCT (annual report of a key energy user), as far as they are recorded here. TOE factors: Official Letter 3505/BCT-KHCN (2011).</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <source>Sector (VSIC)</source>
        <translation>Sector (VSIC)</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Report status</translation>
    </message>
    <message>
        <source>not finalized (draft figures)</source>
        <translation>not finalized (draft figures)</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Fuel or energy</source>
        <translation>Fuel or energy</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>TOE</source>
        <translation>TOE</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Energy use by fuel</source>
        <translation>Energy use by fuel</translation>
    </message>
    <message>
        <source>Key energy user (Decree 21/2011 Art. 6)</source>
        <translation>Key energy user (Decree 21/2011 Art. 6)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Threshold (TOE/year)</source>
        <translation>Threshold (TOE/year)</translation>
    </message>
    <message>
        <source>Scope-2 CO₂ from electricity</source>
        <translation>Scope-2 CO₂ from electricity</translation>
    </message>
    <message>
        <source>{value} t CO₂ (grid factor {factor} t/MWh, {year})</source>
        <translation>{value} t CO₂ (grid factor {factor} t/MWh, {year})</translation>
    </message>
    <message>
        <source>Specific energy consumption</source>
        <translation>Specific energy consumption</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>TOE per unit</source>
        <translation>TOE per unit</translation>
    </message>
    <message>
        <source>Change vs {year} (%)</source>
        <translation>Change vs {year} (%)</translation>
    </message>
    <message>
        <source>Energy use by month (TOE)</source>
        <translation>Energy use by month (TOE)</translation>
    </message>
    <message>
        <source>GHG inventory required (Decree 06/2022)</source>
        <translation>GHG inventory required (Decree 06/2022)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Store-days</source>
        <translation>Store-days</translation>
    </message>
    <message>
        <source>Reduction per transaction {value} % · national target {target} % · gap {gap} percentage points</source>
        <translation>Reduction per transaction {value} % · national target {target} % · gap {gap} percentage points</translation>
    </message>
    <message>
        <source>No bag records for the baseline year {year}: the reduction cannot be computed.</source>
        <translation>No bag records for the baseline year {year}: the reduction cannot be computed.</translation>
    </message>
    <message>
        <source>Absolute reduction against {year}</source>
        <translation>Absolute reduction against {year}</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>Reduction</translation>
    </message>
    <message>
        <source>Reduction (%)</source>
        <translation>Reduction (%)</translation>
    </message>
    <message>
        <source>Non-biodegradable bags (count)</source>
        <translation>Non-biodegradable bags (count)</translation>
    </message>
    <message>
        <source>Non-biodegradable bags (kg)</source>
        <translation>Non-biodegradable bags (kg)</translation>
    </message>
    <message>
        <source>Store-days recorded</source>
        <translation>Store-days recorded</translation>
    </message>
    <message>
        <source>Decision 582/QĐ-TTg sets its targets on the quantity of bags: the absolute reduction is shown beside the reduction per transaction. Compare store-days: fewer stores or days recorded also lower the totals.</source>
        <translation>Decision 582/QĐ-TTg sets its targets on the quantity of bags: the absolute reduction is shown beside the reduction per transaction. Compare store-days: fewer stores or days recorded also lower the totals.</translation>
    </message>
    <message>
        <source>The enterprise measures against its own baseline year {year}, not the 2010 of Decision 582/QĐ-TTg: the reduction is not directly the national indicator.</source>
        <translation>The enterprise measures against its own baseline year {year}, not the 2010 of Decision 582/QĐ-TTg: the reduction is not directly the national indicator.</translation>
    </message>
    <message>
        <source>Recovery rate, every route (%)</source>
        <translation>Recovery rate, every route (%)</translation>
    </message>
    <message>
        <source>Rate as the target counts it (%)</source>
        <translation>Rate as the target counts it (%)</translation>
    </message>
    <message>
        <source>Routes the target counts</source>
        <translation>Routes the target counts</translation>
    </message>
    <message>
        <source>no national target</source>
        <translation>no national target</translation>
    </message>
    <message>
        <source>Gap (percentage points)</source>
        <translation>Gap (percentage points)</translation>
    </message>
    <message>
        <source>Recovery rate = (reused + recycled + energy-recovered + composted) ÷ generated × 100, per stream (no official formula). Each national target of Decision 76/QĐ-TTg counts only what its own words count: scrap plastic, paper, waste oil and steel recycled; urban domestic waste recycled, reused, energy-recovered or composted; non-hazardous industrial and construction waste reused or recycled.</source>
        <translation>Recovery rate = (reused + recycled + energy-recovered + composted) ÷ generated × 100, per stream (no official formula). Each national target of Decision 76/QĐ-TTg counts only what its own words count: scrap plastic, paper, waste oil and steel recycled; urban domestic waste recycled, reused, energy-recovered or composted; non-hazardous industrial and construction waste reused or recycled.</translation>
    </message>
    <message>
        <source>DRAFT criteria set written by SCP Desktop (no official criteria published)</source>
        <translation>DRAFT criteria set written by SCP Desktop (no official criteria published)</translation>
    </message>
    <message>
        <source>Against the draft criteria set: every mandatory criterion met, score {score} % ≥ the draft pass mark {mark} %. This is no official certification.</source>
        <translation>Against the draft criteria set: every mandatory criterion met, score {score} % ≥ the draft pass mark {mark} %. This is no official certification.</translation>
    </message>
    <message>
        <source>Against the draft criteria set: score {score} % (draft pass mark {mark} %), {failed} mandatory criteria not met yet. This is no official verdict.</source>
        <translation>Against the draft criteria set: score {score} % (draft pass mark {mark} %), {failed} mandatory criteria not met yet. This is no official verdict.</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>The ministry returned this self-assessment for correction; a corrected one replaces it.</source>
        <translation>The ministry returned this self-assessment for correction; a corrected one replaces it.</translation>
    </message>
    <message>
        <source>Non-biodegradable bags</source>
        <translation>Non-biodegradable bags</translation>
    </message>
    <message>
        <source>Non-biodegradable (kg)</source>
        <translation>Non-biodegradable (kg)</translation>
    </message>
    <message>
        <source>Biodegradable bags</source>
        <translation>Biodegradable bags</translation>
    </message>
    <message>
        <source>Paper bags</source>
        <translation>Paper bags</translation>
    </message>
    <message>
        <source>Reusable sold</source>
        <translation>Reusable sold</translation>
    </message>
    <message>
        <source>Non-bio. bags per transaction</source>
        <translation>Non-bio. bags per transaction</translation>
    </message>
    <message>
        <source>kg per 1,000 transactions</source>
        <translation>kg per 1,000 transactions</translation>
    </message>
    <message>
        <source>Bags by store</source>
        <translation>Bags by store</translation>
    </message>
    <message>
        <source>Reduction against the baseline</source>
        <translation>Reduction against the baseline</translation>
    </message>
    <message>
        <source>Baseline year {year}: {value} non-biodegradable bags per transaction</source>
        <translation>Baseline year {year}: {value} non-biodegradable bags per transaction</translation>
    </message>
    <message>
        <source>Non-biodegradable bags per transaction by month</source>
        <translation>Non-biodegradable bags per transaction by month</translation>
    </message>
    <message>
        <source>dashed: the level of the national target</source>
        <translation>dashed: the level of the national target</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Waste stream</translation>
    </message>
    <message>
        <source>Generated (t)</source>
        <translation>Generated (t)</translation>
    </message>
    <message>
        <source>Recovered (t)</source>
        <translation>Recovered (t)</translation>
    </message>
    <message>
        <source>Target (%)</source>
        <translation>Target (%)</translation>
    </message>
    <message>
        <source>Treatment routes (t)</source>
        <translation>Treatment routes (t)</translation>
    </message>
    <message>
        <source>Recovery rate by stream (%)</source>
        <translation>Recovery rate by stream (%)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Process step</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Feasibility</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Investment (VND)</source>
        <translation>Investment (VND)</translation>
    </message>
    <message>
        <source>Annual savings (VND)</source>
        <translation>Annual savings (VND)</translation>
    </message>
    <message>
        <source>Payback (years)</source>
        <translation>Payback (years)</translation>
    </message>
    <message>
        <source>NPV (VND)</source>
        <translation>NPV (VND)</translation>
    </message>
    <message>
        <source>IRR (%)</source>
        <translation>IRR (%)</translation>
    </message>
    <message>
        <source>NPV at a {rate} % discount rate over each option's useful life ({years} years where none is given); IRR of the same cash flows; payback = investment ÷ annual net savings.</source>
        <translation>NPV at a {rate} % discount rate over each option's useful life ({years} years where none is given); IRR of the same cash flows; payback = investment ÷ annual net savings.</translation>
    </message>
    <message>
        <source>Implemented: {count} options, investment {investment} VND, savings {savings} VND/year, payback {payback} years.</source>
        <translation>Implemented: {count} options, investment {investment} VND, savings {savings} VND/year, payback {payback} years.</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Criteria version</source>
        <translation>Criteria version</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>A maturity picture by area: this method has no pass mark, so there is no pass or fail.</source>
        <translation>A maturity picture by area: this method has no pass mark, so there is no pass or fail.</translation>
    </message>
    <message>
        <source>Maturity level</source>
        <translation>Maturity level</translation>
    </message>
    <message>
        <source>Score by section</source>
        <translation>Score by section</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Criteria and answers</source>
        <translation>Criteria and answers</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>from records: {value}</source>
        <translation>from records: {value}</translation>
    </message>
    <message>
        <source>replaces {auto}: {reason}</source>
        <translation>replaces {auto}: {reason}</translation>
    </message>
    <message>
        <source>Gaps and next steps</source>
        <translation>Gaps and next steps</translation>
    </message>
    <message>
        <source>No gaps: every criterion is fully met.</source>
        <translation>No gaps: every criterion is fully met.</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>mandatory</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>No {kind} records for {org} in {year}.</source>
        <translation>No {kind} records for {org} in {year}.</translation>
    </message>
    <message>
        <source>No {scheme} assessment of {org} for {year}; start one first.</source>
        <translation>No {scheme} assessment of {org} for {year}; start one first.</translation>
    </message>
</context>
<context>
    <name>ReportState</name>
    <message>
        <source>Draft (saved as you type)</source>
        <translation>Draft (saved as you type)</translation>
    </message>
    <message>
        <source>Finalized, waiting to be sent</source>
        <translation>Finalized, waiting to be sent</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Received by the ministry</source>
        <translation>Received by the ministry</translation>
    </message>
    <message>
        <source>Accepted by the ministry</source>
        <translation>Accepted by the ministry</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Period {period} of {kind} is in a finalized report ({state}): start a correction to change it.</source>
        <translation>Period {period} of {kind} is in a finalized report ({state}): start a correction to change it.</translation>
    </message>
    <message>
        <source>There are no {kind} records for {period} to finalize.</source>
        <translation>There are no {kind} records for {period} to finalize.</translation>
    </message>
    <message>
        <source>{kind} for {period} is already finalized; start a correction to change it.</source>
        <translation>{kind} for {period} is already finalized; start a correction to change it.</translation>
    </message>
    <message>
        <source>{kind} for {period} overlaps the report for {other} of {scope}, already finalized: the same records would reach the ministry twice. Correct that report instead.</source>
        <translation>{kind} for {period} overlaps the report for {other} of {scope}, already finalized: the same records would reach the ministry twice. Correct that report instead.</translation>
    </message>
    <message>
        <source>This report is {state}; it cannot be corrected now.</source>
        <translation>This report is {state}; it cannot be corrected now.</translation>
    </message>
    <message>
        <source>No finalized {kind} report for {period} to correct.</source>
        <translation>No finalized {kind} report for {period} to correct.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Annual energy report</source>
        <translation>Annual energy report</translation>
    </message>
    <message>
        <source>Form 1.1 fields of Circular 25/2020: TOE per fuel, CO₂, specific consumption.</source>
        <translation>Form 1.1 fields of Circular 25/2020: TOE per fuel, CO₂, specific consumption.</translation>
    </message>
    <message>
        <source>Bag and packaging reduction</source>
        <translation>Bag and packaging reduction</translation>
    </message>
    <message>
        <source>Bags per store, per transaction, and the reduction against the baseline.</source>
        <translation>Bags per store, per transaction, and the reduction against the baseline.</translation>
    </message>
    <message>
        <source>Waste recovery</source>
        <translation>Waste recovery</translation>
    </message>
    <message>
        <source>Recovery rate of every waste stream against the national targets.</source>
        <translation>Recovery rate of every waste stream against the national targets.</translation>
    </message>
    <message>
        <source>Cleaner-production options register</source>
        <translation>Cleaner-production options register</translation>
    </message>
    <message>
        <source>Every option with its investment, savings and payback.</source>
        <translation>Every option with its investment, savings and payback.</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>The latest assessment of the scheme for that year, with score and gaps.</source>
        <translation>The latest assessment of the scheme for that year, with score and gaps.</translation>
    </message>
    <message>
        <source>Eco-innovation assessment</source>
        <translation>Eco-innovation assessment</translation>
    </message>
    <message>
        <source>The client's eco-innovation project phase by phase (its preliminary assessment where there is no project), with the consultant's and the client's names.</source>
        <translation>The client's eco-innovation project phase by phase (its preliminary assessment where there is no project), with the consultant's and the client's names.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>&amp;Scheme:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Facility or store:</source>
        <translation>&amp;Facility or store:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Create PDF…</source>
        <translation>&amp;Create PDF…</translation>
    </message>
    <message>
        <source>Whole organization</source>
        <translation>Whole organization</translation>
    </message>
    <message>
        <source>Saved: &lt;a href="{url}"&gt;{file}&lt;/a&gt;</source>
        <translation>Saved: &lt;a href="{url}"&gt;{file}&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>ServerError</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked: sign in again.</source>
        <translation>The sign-in has expired or was revoked: sign in again.</translation>
    </message>
    <message>
        <source>Your account may not send reports for this organization.</source>
        <translation>Your account may not send reports for this organization.</translation>
    </message>
    <message>
        <source>Only a reviewer may do this.</source>
        <translation>Only a reviewer may do this.</translation>
    </message>
    <message>
        <source>The server does not know this item.</source>
        <translation>The server does not know this item.</translation>
    </message>
    <message>
        <source>The server holds a different report under this report's id.</source>
        <translation>The server holds a different report under this report's id.</translation>
    </message>
    <message>
        <source>A report for this period was already sent: start a correction instead of a new report.</source>
        <translation>A report for this period was already sent: start a correction instead of a new report.</translation>
    </message>
    <message>
        <source>This correction replaces a report that was already replaced: correct the newest one.</source>
        <translation>This correction replaces a report that was already replaced: correct the newest one.</translation>
    </message>
    <message>
        <source>The ministry has closed this period: no report can be sent or corrected for it.</source>
        <translation>The ministry has closed this period: no report can be sent or corrected for it.</translation>
    </message>
    <message>
        <source>Some evidence files have not reached the server.</source>
        <translation>Some evidence files have not reached the server.</translation>
    </message>
    <message>
        <source>The report or file arrived damaged (its SHA-256 differs).</source>
        <translation>The report or file arrived damaged (its SHA-256 differs).</translation>
    </message>
    <message>
        <source>The report or file is larger than the server accepts.</source>
        <translation>The report or file is larger than the server accepts.</translation>
    </message>
    <message>
        <source>The server is busy; sending resumes shortly.</source>
        <translation>The server is busy; sending resumes shortly.</translation>
    </message>
    <message>
        <source>The server found mistakes in the report.</source>
        <translation>The server found mistakes in the report.</translation>
    </message>
    <message>
        <source>The server does not accept this kind of report.</source>
        <translation>The server does not accept this kind of report.</translation>
    </message>
    <message>
        <source>This report cannot be reviewed in its present state.</source>
        <translation>This report cannot be reviewed in its present state.</translation>
    </message>
    <message>
        <source>The server lost track of this app's last sync.</source>
        <translation>The server lost track of this app's last sync.</translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation>The server had an internal error.</translation>
    </message>
    <message>
        <source>The server is busy for a moment; sending resumes shortly.</source>
        <translation>The server is busy for a moment; sending resumes shortly.</translation>
    </message>
    <message>
        <source>This report overlaps one the ministry already has for the same store or the whole organization: the same records would be counted twice. Correct that report instead.</source>
        <translation>This report overlaps one the ministry already has for the same store or the whole organization: the same records would be counted twice. Correct that report instead.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: signing in is paused for a while. Try again later.</source>
        <translation>Too many wrong passwords: signing in is paused for a while. Try again later.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}).</source>
        <translation>The server refused the request (HTTP {status}).</translation>
    </message>
    <message>
        <source>{message} The server says: {detail}</source>
        <translation>{message} The server says: {detail}</translation>
    </message>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
</context>
<context>
    <name>Shape</name>
    <message>
        <source>{path}: expected {expected}, found {found}.</source>
        <translation>{path}: expected {expected}, found {found}.</translation>
    </message>
    <message>
        <source>{path}: unknown key “{key}”.</source>
        <translation>{path}: unknown key “{key}”.</translation>
    </message>
    <message>
        <source>{path}: “{key}” is missing.</source>
        <translation>{path}: “{key}” is missing.</translation>
    </message>
    <message>
        <source>{path}: longer than {max} characters.</source>
        <translation>{path}: longer than {max} characters.</translation>
    </message>
    <message>
        <source>{path}: more than {max} items.</source>
        <translation>{path}: more than {max} items.</translation>
    </message>
    <message>
        <source>{path}: {value} is outside {min} to {max}.</source>
        <translation>{path}: {value} is outside {min} to {max}.</translation>
    </message>
    <message>
        <source>{path}: “{value}” is not one of {allowed}.</source>
        <translation>{path}: “{value}” is not one of {allowed}.</translation>
    </message>
    <message>
        <source>{path}: “{value}” is not in the expected form.</source>
        <translation>{path}: “{value}” is not in the expected form.</translation>
    </message>
    <message>
        <source>{path}: holds an invisible control character ({code}).</source>
        <translation>{path}: holds an invisible control character ({code}).</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>the document</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>a text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>nothing (null)</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} or {second}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The server refused the sign-in: {message}</source>
        <translation>The server refused the sign-in: {message}</translation>
    </message>
    <message>
        <source>The server cannot be reached: {reason}</source>
        <translation>The server cannot be reached: {reason}</translation>
    </message>
    <message>
        <source>This report's stored content cannot be read or sent ({reason}): correct the report to send it again.</source>
        <translation>This report's stored content cannot be read or sent ({reason}): correct the report to send it again.</translation>
    </message>
    <message>
        <source>Not sent yet ({reason}); tried again later.</source>
        <translation>Not sent yet ({reason}); tried again later.</translation>
    </message>
    <message>
        <source>An evidence file of this assessment is missing from this computer ({reason}): correct it to send it.</source>
        <translation>An evidence file of this assessment is missing from this computer ({reason}): correct it to send it.</translation>
    </message>
    <message>
        <source>The answer was not the server's receipt (a proxy or a network sign-in page?); tried again later.</source>
        <translation>The answer was not the server's receipt (a proxy or a network sign-in page?); tried again later.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Organization / facility</source>
        <translation>Organization / facility</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Message from the server</source>
        <translation>Message from the server</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation> (corrected)</translation>
    </message>
    <message>
        <source>Write the server's address, for example https://scp.moit.gov.vn.</source>
        <translation>Write the server's address, for example https://scp.moit.gov.vn.</translation>
    </message>
    <message>
        <source>Sign in to the ministry server</source>
        <translation>Sign in to the ministry server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Cannot reach {server}: {reason}</source>
        <translation>Cannot reach {server}: {reason}</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Send &amp;now</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Sign in…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Server {server}, signed in as {user}.</source>
        <translation>Server {server}, signed in as {user}.</translation>
    </message>
    <message>
        <source>Not signed in: finalized reports wait here until you sign in and send them.</source>
        <translation>Not signed in: finalized reports wait here until you sign in and send them.</translation>
    </message>
    <message>
        <source>Last successful sync: {when}</source>
        <translation>Last successful sync: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>This computer has no secure password store, so the sign-in lasts until you close the app.</source>
        <translation>This computer has no secure password store, so the sign-in lasts until you close the app.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>The server asks you to sign in again; reports wait until you do.</source>
        <translation>The server asks you to sign in again; reports wait until you do.</translation>
    </message>
    <message>
        <source>The address must begin with https:// so that your password travels encrypted.</source>
        <translation>The address must begin with https:// so that your password travels encrypted.</translation>
    </message>
    <message>
        <source>Sign in again to send ({waiting} waiting).</source>
        <translation>Sign in again to send ({waiting} waiting).</translation>
    </message>
    <message>
        <source>Another window is sending this workspace.</source>
        <translation>Another window is sending this workspace.</translation>
    </message>
    <message>
        <source>Sent {sent}, refused {failed}, waiting {waiting}.</source>
        <translation>Sent {sent}, refused {failed}, waiting {waiting}.</translation>
    </message>
    <message>
        <source>Offline or server busy ({error}); retrying later.</source>
        <translation>Offline or server busy ({error}); retrying later.</translation>
    </message>
</context>
<context>
    <name>TaxCode</name>
    <message>
        <source>The tax code is required.</source>
        <translation>The tax code is required.</translation>
    </message>
    <message>
        <source>A tax code has only digits and one hyphen before the branch code; found “{chars}”.</source>
        <translation>A tax code has only digits and one hyphen before the branch code; found “{chars}”.</translation>
    </message>
    <message>
        <source>A tax code has 10 digits; this one has {count}.</source>
        <translation>A tax code has 10 digits; this one has {count}.</translation>
    </message>
    <message>
        <source>The branch code after the hyphen must be 3 digits from 001 to 999; found “{branch}”.</source>
        <translation>The branch code after the hyphen must be 3 digits from 001 to 999; found “{branch}”.</translation>
    </message>
    <message>
        <source>No tax code can start with {head}: its check digit would be 10.</source>
        <translation>No tax code can start with {head}: its check digit would be 10.</translation>
    </message>
    <message>
        <source>The last digit should be {expected}, not {actual}: check for a mistyped digit.</source>
        <translation>The last digit should be {expected}, not {actual}: check for a mistyped digit.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>The text holds an invisible control character ({code}) at position {position}: type it again.</source>
        <translation>The text holds an invisible control character ({code}) at position {position}: type it again.</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <source>bags</source>
        <translation>bags</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>transactions</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>t CO₂</source>
        <translation>t CO₂</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No organization with tax code {tax_code} in this workspace.</source>
        <translation>No organization with tax code {tax_code} in this workspace.</translation>
    </message>
    <message>
        <source>{org} has no facility or store with code “{code}”. Known: {known}.</source>
        <translation>{org} has no facility or store with code “{code}”. Known: {known}.</translation>
    </message>
    <message>
        <source>{path} is being restored from a backup: try again in a moment.</source>
        <translation>{path} is being restored from a backup: try again in a moment.</translation>
    </message>
    <message>
        <source>Unknown indicator “{name}”. Known: {known}.</source>
        <translation>Unknown indicator “{name}”. Known: {known}.</translation>
    </message>
    <message>
        <source>A baseline year is between {first} and {last}; found {year}.</source>
        <translation>A baseline year is between {first} and {last}; found {year}.</translation>
    </message>
    <message>
        <source>“{code}” is of kind “{kind}”: bags are logged per store or market. Stores of {org}: {known}.</source>
        <translation>“{code}” is of kind “{kind}”: bags are logged per store or market. Stores of {org}: {known}.</translation>
    </message>
</context>
</TS>