-- Half Paid: a prosecutor scenario about a diversion agreement that has fallen short.
-- Premise 12 in shared/reference/restorative-practice.md B.7. Modelled on UN Basic Principles
-- para 7 (reasonable and proportionate obligations), the D.C. OAG programme's monitoring and
-- the Baltimore Community Conferencing Center's rule that an unfinished agreement returns the
-- case to the referral source (B.5). The Center's facilitator runs every meeting; the
-- prosecutor screens, consents to terms within office policy, monitors and decides.
-- The Basic Principles' wording on harsher sentences after a failed agreement (paras 15-17) is
-- marked [verify] in the notes, so this file does not quote it.

return scenario {
  id = "restitution-shortfall",
  version = 2,
  title = "Half Paid",
  role = "prosecutor",
  summary = [[Six months ago you referred a 15-year-old's smashed laundromat window to the Community Conferencing Center instead of filing a petition. He apologized, did his service hours and paid every month, but only half the restitution, and the unfinished agreement has come back to you. Decide what to find out, who gets a say in changing the terms, what your office can accept, and how the case ends.]],
  minutes = 20,
  modelled_on = "Baltimore Community Conferencing Center (an unfinished agreement returns to the referral source); UN Basic Principles on restorative justice (ECOSOC 2002/12) para 7; D.C. OAG Restorative Justice Program monitoring",
  speakers = { "Mr. Dawson", "Ms. Carter", "Malik", "Ms. Henson", "Mr. Osei", "Ms. Pryor" },
  figures = {
    {
      text = "The Baltimore Community Conferencing Center reports that 98% of its conferences reach a written agreement and more than 95% of participants comply with it. These figures are reported by the program itself.",
      source = "Community Conferencing Center, Baltimore: communityconferencing.org/index.php/programs/for_law_enforcement/",
    },
    {
      text = "A meta-analysis of 22 studies covering 35 restorative programs found they did significantly better than comparison groups on restitution compliance, as well as on victim and offender satisfaction and reoffending. The authors warn that people who choose restorative programs may differ from those who do not.",
      source = "Latimer, Dowden & Muise, The Effectiveness of Restorative Justice Practices: A Meta-Analysis (Department of Justice Canada, 2001); justice.canada.ca/eng/rp-pr/csj-sjc/jsp-sjp/rp01_1-dr01_1/p4.html",
    },
    {
      text = "Studies of victim-offender mediation at four U.S. sites found high satisfaction among victims and offenders, high rates of restitution completion and less fear among victims. The studies are older.",
      source = "Umbreit, victim-offender mediation studies; westerncriminology.org/documents/WCR/v01n1/Umbreit/Umbreit.html",
    },
  },

  vars = {
    return_reason = "none", -- "deadline" | "breach" | "misled": why the case went back to court
    written_off = false,     -- you first closed the file without asking Ms. Carter
    carter_early = false,    -- Ms. Carter was asked what she wanted before anyone knew why
    reviewed_alone = false,  -- Malik was questioned at school without his mother or lawyer
    extra_shift = false,     -- Malik was asked to take a second weekend shift
    letter_sent = false,     -- the terms were changed by letter first
    role = "none",           -- "observer" | "away" | "chair": your part in the review circle
    plan = "none",           -- "fair" | "conditions" | "family": the revised terms
    missed = "none",         -- "fixed" | "slid" | "warned": a missed payment at month three
  },

  start = "returned_file",

  ---------------------------------------------------------------------------
  -- 1. The case comes back
  ---------------------------------------------------------------------------
  scene "returned_file" {
    title = "Monday, 9:00 a.m., juvenile division",
    text = [[You are an Assistant State's Attorney in Baltimore's juvenile division. Six months ago you referred Malik Henson, 15, to the Community Conferencing Center instead of filing a petition. On a dare he threw a brick through Gloria Carter's laundromat window, two doors from his home.

At the conference, run by the Center's facilitator Mr. Dawson, Malik, his mother, Ms. Carter and two neighbors wrote an agreement: an apology letter, 20 hours with the neighborhood association, and $1,200 at $200 a month.

Mr. Dawson's note: letter delivered, hours done, $600 paid. The agreement is unfinished, so the case returns to you to decide.

Your supervisor, Ms. Pryor: "Six months, half the money. File the petition."]],
    notes = [[In the Baltimore model an unfinished agreement returns to whoever referred the case. That is a decision, not a verdict: the referral source can file, close or ask for the plan to be repaired. The prosecutor decides; the Center's facilitator runs any meeting.]],
    questions = {
      "What would you want to know before treating this as a failure?",
      "What does 'returned to the referral source' oblige you to do, and what does it leave to you?",
    },
    choice { "File the petition this week, as Ms. Pryor asks: the agreement everyone signed gave him six months",
      id = "file-now", to = "back_to_court",
      set = { return_reason = "deadline" },
      score = { least_intrusive = -2, repair = -1, victim_voice = -2 },
      feedback = [[Filing is open to you, but doing it before anyone asks why the money fell short treats the deadline as the whole agreement. Malik did every other term and paid every month, and nobody has asked Ms. Carter what she wants.]],
    },
    choice { "Ask Mr. Dawson for the payment card and how $200 was set, then decide",
      id = "look-first", to = "review_setup",
      score = { repair = 1, least_intrusive = 1, due_process = 1 },
      feedback = [[A shortfall is a fact, not yet a failure. Finding out whether the terms were workable and what got in the way is the only basis for a fair decision.]],
    },
    choice { "Close the file: he apologized, did every hour and paid every month, and $600 does not justify a petition",
      id = "write-off", to = "carter_call",
      set = { written_off = true },
      score = { victim_voice = -3, repair = -2, respect = -1 },
      feedback = [[Gentle on Malik, but the $600 belongs to Ms. Carter and nobody has asked her. Forgiving her loss is not the office's to do, and closing quietly tells Malik the rest of the agreement did not matter.]],
    },
  },

  scene "carter_call" {
    title = "Two days later",
    text = [[Mr. Dawson forwards a voicemail. The Center sent Ms. Carter its standard closing letter.

Ms. Carter: Closed? He owes me six hundred dollars. I took that money out of my rent. Who decided that, and why didn't anybody call me?

Mr. Dawson: She's right that nobody asked her. I can still set up a review, if you want one. Or I tell her the decision stands.]],
    notes = [[A poor decision can often be partly undone. Reopening costs the office some face and costs Ms. Carter some trust; standing by it costs her $600.]],
    choice { "Reopen it and ask Mr. Dawson to set up a review and tell Ms. Carter it was your mistake",
      id = "reopen", to = "review_setup",
      score = { victim_voice = 2, repair = 1, respect = 1 },
      feedback = [[Owning the mistake puts her loss back on the table. Some trust is gone, and she will be warier when she is asked what she wants.]],
    },
    choice { "Let it stand and ask Mr. Dawson to explain the reasons to her: reopening now looks worse",
      id = "stand-by-closing", to = "written-off",
      score = { victim_voice = -2, respect = -1, repair = -1 },
      feedback = [[Explaining a decision is not the same as asking her. Her money was written off by someone who never spoke to her.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 2. The review
  ---------------------------------------------------------------------------
  scene "review_setup" {
    title = "Setting up the review",
    text = function(v)
      local t = [[Mr. Dawson's card: $100 on the first of every month, six months running. Never late, never $200. He can see Malik tomorrow at school at lunch, or meet Malik, his mother and his public defender, Mr. Osei, at the Center a week from Thursday, the first evening they are all free.

Mr. Osei emails: any meeting should include Malik's mother and stay on the agreement, not the night of the offense.]]
      if v.written_off then
        t = t .. "\n\nMs. Carter has agreed to wait, without warmth."
      else
        t = t .. "\n\nMs. Carter has called the Center twice since month four. Nobody has called her back."
      end
      return t
    end,
    notes = [[A review of a young person's agreement is part of the agreement process, so the same safeguards apply: a parent present, counsel involved, and no new questions about the offense. Asking the person harmed what she wants is essential, but asking before anyone knows why the money fell short means she decides on half the facts.]],
    choice { "Have Mr. Dawson call Ms. Carter today and ask what she wants done, then see Malik",
      id = "carter-first", to = "the_record",
      set = { carter_early = true },
      score = { victim_voice = 2, repair = -1, respect = -1 },
      feedback = [[She has waited long enough and this answers her. The cost: she is asked to choose before anyone knows why the money fell short, and on what she knows now she is likely to say "file it".]],
    },
    choice { "Have Mr. Dawson see Malik alone at school tomorrow, quietly, and ask why he has been short",
      id = "see-at-school", to = "the_record",
      violation = "minor_without_guardian",
      set = { reviewed_alone = true },
      score = { due_process = -2, respect = -1, safety = -1 },
      feedback = [[Quicker and kindly meant, but a review of a 15-year-old's agreement without his parent leaves him to explain his family's money to an adult alone, and leaves out the mother who has to help him keep the plan.]],
    },
    choice { "Wait for the Thursday meeting at the Center with his mother and Mr. Osei, and tell Ms. Carter when",
      id = "review-with-family", to = "the_record",
      score = { due_process = 2, respect = 1, safety = 1, victim_voice = -1 },
      feedback = [[His mother supports him, his lawyer keeps the meeting to the agreement, and Malik can say honestly what happened. The cost is ten more days for a woman who has already waited two months for a call.]],
    },
  },

  scene "the_record" {
    title = "What the review shows",
    text = function(v)
      local t = [[Malik bags groceries on Saturdays for $25 a day, about $100 a month. At the conference nobody asked what he earned; the $200 came from dividing Ms. Carter's loss by six. His mother was laid off in month two. His school attendance is up.]]
      if v.reviewed_alone then
        t = t .. [[


Seen alone at school, Malik said only "I'll get it." Ms. Henson called the Center that evening, upset that nobody had told her, and explained the rest.]]
      else
        t = t .. [[


Malik: I paid what I had. Every month. I didn't know you could say it was too much.

Ms. Henson: He gave me forty dollars for the electric one month. He still paid her first.]]
      end
      if v.carter_early then
        t = t .. "\n\nMs. Carter told Mr. Dawson on Monday: \"If he can't pay, file it.\""
      end
      return t
    end,
    notes = [[UN Basic Principles para 7 asks that agreements contain only reasonable and proportionate obligations. An amount a young person cannot earn is neither, however fair it is to the person harmed. Hardship that explains a shortfall is a reason to repair the plan, not a breach.]],
    questions = {
      "Was $200 a month ever proportionate for this young person?",
      "Who should have asked what he earned, and when?",
    },
    choice { "Treat it as a plan to fix rather than a breach, and ask Mr. Dawson to take the terms back to the circle",
      id = "plan-not-breach", to = "victim_consult",
      score = { repair = 3, respect = 1 },
      feedback = [[He paid every month, all he had, through his family's hardship. The fault is in a figure nobody tested against his income. Fixing the plan keeps him repairing the harm. It asks nothing more of him this month, which is the point, and some would call it soft.]],
    },
    choice { "Hold him to $1,200: ask Malik to take a second weekend shift so it is all paid by June",
      id = "more-hours", to = "victim_consult",
      set = { extra_shift = true },
      score = { accountability = 2, repair = -1, least_intrusive = -1, respect = -1 },
      feedback = [[It keeps the repair his own and keeps faith with the figure Ms. Carter accepted. But it doubles the working week of a 15-year-old whose school attendance is the one thing going up, and it sets the new terms before the circle has met.]],
    },
    choice { "He signed it, and half is unpaid: record a breach, and return the case to court",
      id = "treat-as-breach", to = "back_to_court",
      set = { return_reason = "breach" },
      score = { repair = -2, least_intrusive = -2, respect = -1 },
      feedback = [[He signed an amount nobody checked he could pay, then paid half of it every month. Calling that a breach skips the question a fair agreement needs: was it reasonable and proportionate in the first place?]],
    },
  },

  ---------------------------------------------------------------------------
  -- 3. The person harmed decides about her own money
  ---------------------------------------------------------------------------
  scene "victim_consult" {
    title = "Ms. Carter",
    text = [[Ms. Carter runs the laundromat alone; the window money came out of what she had put by for rent.

Ms. Pryor: Change the schedule and send her a letter. She signed the original; that's enough.

Mr. Dawson: If the plan changes, she has to be part of it. I can see her this week.]],
    notes = [[Changing the terms changes what the person harmed agreed to. She does not have to accept a new plan, and she may prefer the case to go back to court; either way she decides with full information. Note the difference between telling her honestly what happened and telling her the boy has 'failed'.]],
    questions = {
      "What does Ms. Carter need to know to make a real choice?",
      "What should happen if she would rather the court dealt with it?",
    },
    choice { "Call her yourself today: tell her the agreement wasn't completed, and ask if she wants it filed",
      id = "failed-framing", to = "back_to_court",
      set = { return_reason = "misled" },
      score = { victim_voice = -1, respect = -2, voluntary = -1 },
      feedback = [[She gets a say, but on half the story: not that he paid every month, nor that the amount was never workable. A choice made on half the facts is not an informed one, and "not completed" steers her toward court.]],
    },
    choice { "Ask Mr. Dawson to meet her and give her the whole story and every option, court included",
      id = "consult-carter", to = { { 7, "revision_role" }, { 3, "carter_prefers_court" } },
      when = function(v) return not v.carter_early and not v.written_off end,
      score = { victim_voice = 3, voluntary = 1, respect = 1 },
      feedback = [[She hears what Malik has done and why the money fell short, and every option, including court. Whatever she chooses is a real choice about her own money.]],
    },
    choice { "Ask Mr. Dawson to meet her and give her the whole story and every option, court included",
      id = "consult-carter-again", to = { { 1, "revision_role" }, { 1, "carter_prefers_court" } },
      when = function(v) return v.carter_early or v.written_off end,
      score = { victim_voice = 3, voluntary = 1, respect = 1 },
      feedback = [[She hears the whole story now, and every option. But she was already asked once, or written off once, before anyone knew why the money fell short; she is warier, and as likely to choose court as a new plan.]],
    },
    choice { "Approve $50 a month, and have Mr. Dawson write to her with the new terms and the reasons",
      id = "letter-only", to = "carter_letter",
      violation = "no_victim_consent",
      set = { letter_sent = true },
      score = { victim_voice = -3, voluntary = -2, respect = -1 },
      feedback = [[The money is hers, and the monthly amount and the length are exactly the terms she agreed to. Changing them without her and explaining afterwards takes away the consent the agreement rests on.]],
    },
  },

  scene "carter_letter" {
    title = "A phone call",
    text = [[Two days after the letter goes out, Ms. Carter calls Mr. Dawson.

Ms. Carter: Twelve more months? Nobody asked me. I drove that boy's mother to the hospital when he was born. I'd have listened.

Mr. Dawson puts her on hold and asks what you want him to say.]],
    choice { "Say the new schedule is what he can afford and it stands; offer to send her his pay stubs",
      id = "stand-by-letter", to = "carter-shut-out",
      score = { victim_voice = -2, respect = -1 },
      feedback = [[The schedule may be fair, and that is not the point. She has just said she would have listened; standing by a change made without her confirms that her agreement never counted.]],
    },
    choice { "Apologize, put the new schedule on hold, and ask her to meet Mr. Dawson and choose",
      id = "apologize-reopen", to = { { 1, "revision_role" }, { 1, "carter_prefers_court" } },
      score = { victim_voice = 2, voluntary = 1 },
      feedback = [[Owning the mistake puts the decision back in her hands. What she decides now is her choice again, even if the letter has cost some of her trust.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 4a. The review circle and the revised terms
  ---------------------------------------------------------------------------
  scene "revision_role" {
    title = "Before the review circle",
    text = [[Ms. Carter wants to try a new plan. Mr. Dawson will facilitate a review circle on Tuesday: Malik, Ms. Henson, Mr. Osei and Ms. Carter.

Ms. Pryor: Go yourself and run it. Dawson set the $200 in the first place.

Mr. Dawson: Your office can send an observer who isn't on the case. Mr. Osei says Malik goes quiet around prosecutors.]],
    notes = [[The prosecutor refers, consents to terms within office policy and decides the case; the Center's facilitator runs the circle. An observer from the office who is not on the case lets the circle get answers on the spot; no prosecutor in the room lets a 15-year-old talk more freely. Both are defensible. Running it yourself is not the charging prosecutor's role.]],
    questions = {
      "What does a prosecutor in the room change for a 15-year-old?",
      "What can the office decide in advance, and what only after hearing the circle?",
    },
    choice { "Chair it yourself this time: test the new figure against his pay, and his hours, before anyone signs",
      id = "chair-it", to = "revise_plan",
      set = { role = "chair" },
      score = { respect = -2, voluntary = -2, safety = -1 },
      feedback = [[Testing the figure matters, but that is the facilitator's job with the participants. The prosecutor who will decide the case, chairing the circle, makes it a hearing: Malik and his mother will agree to whatever you seem to want.]],
    },
    choice { "Stay away and send Mr. Dawson the office limits in writing; review the draft after",
      id = "stay-away", to = "revise_plan",
      set = { role = "away" },
      score = { voluntary = 1, respect = 1, due_process = -1 },
      feedback = [[Malik speaks more freely without you. The cost: nobody in the room can say what the office will accept, so a draft may need a second round.]],
    },
    choice { "Send a colleague who is not on the case to sit in and answer questions on what the office accepts",
      id = "sit-in", to = "revise_plan",
      set = { role = "observer" },
      score = { due_process = 1, respect = 1, voluntary = -1 },
      feedback = [[The circle can settle terms knowing the office will accept them, and Mr. Osei can ask directly. The cost: Malik is more guarded with a prosecutor present, even a quiet one who is not on his case.]],
    },
  },

  scene "revise_plan" {
    title = "The draft",
    text = function(v)
      local t
      if v.role == "chair" then
        t = [[You ran the circle. Malik said yes to each figure you suggested.]]
      elseif v.role == "away" then
        t = [[Mr. Dawson calls after the circle with the draft.]]
      else
        t = [[Your colleague sat in. Mr. Osei asked her whether twelve months was acceptable; she said the office could accept it.]]
      end
      if v.letter_sent then
        t = t .. " Ms. Carter mentioned the letter once, then let it go."
      end
      if v.extra_shift then
        t = t .. [[ Malik had already taken a second Saturday shift, "like they asked", and offered $100 a month.]]
      end
      return t .. [[


Ms. Carter: I don't want to ruin him. I want to know it's coming, and I want to stop chasing it.

The draft: $50 a month through the Center, not face to face, for twelve months; a check-in at month three. Ms. Henson offered to cover any month Malik misses.

Ms. Pryor wants a curfew and weekly school reports added "to show we took the shortfall seriously".]]
    end,
    notes = [[Terms come from what the participants asked for. The office may consent, refuse, or ask for a change within policy; it should not add conditions nobody asked for. Extra conditions 'to show we took it seriously' punish the shortfall by another name.]],
    questions = {
      "Which terms answer the harm, and which answer the office?",
      "Why does monitoring need to last as long as the payments?",
    },
    choice { "Consent to the draft as the circle wrote it, without Ms. Henson's offer to cover missed months",
      id = "consent-as-written", to = { { 3, "month_three" }, { 1, "month_three_missed" } },
      when = function(v) return not v.extra_shift end,
      set = { plan = "fair" },
      score = { repair = 2, least_intrusive = 2, victim_voice = 1, safety = 1 },
      feedback = [[The amount fits what Malik earns, monitoring fits the length, and the payment route is the one Ms. Carter asked for. Leaving out his mother's guarantee keeps the repair his. Nothing is added that nobody asked for.]],
    },
    choice { "Consent to the draft as the circle wrote it, without Ms. Henson's offer to cover missed months",
      id = "consent-as-written-2", to = { { 1, "month_three" }, { 1, "month_three_missed" } },
      when = function(v) return v.extra_shift end,
      set = { plan = "fair" },
      score = { repair = 2, least_intrusive = 2, victim_voice = 1, safety = 1 },
      feedback = [[The terms fit and nothing is added. But Malik is still working two shifts because of the June target, and a boy working two Saturdays is likelier to miss a month.]],
    },
    choice { "Consent only with the curfew and weekly school reports: they show he is keeping at it",
      id = "add-conditions", to = "month_three_missed",
      set = { plan = "conditions" },
      score = { accountability = 1, least_intrusive = -2, repair = -1, respect = -1 },
      feedback = [[Reports do give the office a way to see him keeping at it. But nobody in the circle asked for a curfew or reports, and they punish a shortfall that was not his doing. The curfew also clashes with his late shift.]],
    },
    choice { "Consent, and write in Ms. Henson's offer, so Ms. Carter is never left short a month",
      id = "mother-guarantee", to = "month_three",
      set = { plan = "family" },
      score = { victim_voice = 1, accountability = -2, repair = -1 },
      feedback = [[Ms. Carter is surer of her money, and the offer came from the circle. But it moves the repair onto a mother who has just lost her job, and tells Malik someone else will pay when it gets hard.]],
    },
  },

  scene "month_three" {
    title = "Month three",
    text = function(v)
      local t = [[Mr. Dawson's check-in: three payments of $50, on time, through the Center. Ms. Carter says she has stopped watching the mail for it.]]
      if v.plan == "family" then
        t = [[Mr. Dawson's check-in: three payments on time. Ms. Henson made the last one; Malik skipped the check-in.]]
      end
      return t .. [[


Ms. Pryor: Good. Now have him report to you in person every month, so it stays that way.]]
    end,
    notes = [[Monitoring is there to keep the plan workable, not to add supervision once it works. The Center's check-ins are already in the agreement.]],
    choice { "Have him report to you in person monthly, too; it's an hour, and it shows the office cares",
      id = "monthly-reports", to = "month_twelve",
      score = { least_intrusive = -2, respect = -1, accountability = 1 },
      feedback = [[It adds a term nobody in the circle agreed to, on a plan that is working. An hour a month in a prosecutor's office is supervision for its own sake.]],
    },
    choice { "Leave monitoring to the Center as agreed and tell Ms. Pryor the plan is working",
      id = "leave-it", to = "month_twelve",
      score = { least_intrusive = 2, respect = 1 },
      feedback = [[The agreement already has its monitoring. Adding nothing to a plan that works is the least intrusive response.]],
    },
  },

  scene "month_three_missed" {
    title = "Month three",
    text = function(v)
      local t = [[Mr. Dawson's check-in: Malik missed month three. The grocery store cut his hours for two weeks.]]
      if v.plan == "conditions" then
        t = [[Mr. Dawson's check-in: Malik missed month three. The curfew clashed with his late shift and the store let him go; he has just found other work.]]
      elseif v.extra_shift then
        t = [[Mr. Dawson's check-in: Malik missed month three. Two shifts and school were too much; he dropped one and the store cut the other.]]
      end
      return t .. [[ Every other payment was on time.

Ms. Pryor: That's a breach of the new agreement. Put him on notice.]]
    end,
    notes = [[One missed payment on a workable plan is a question for the facilitator and the participants, not a trigger for court. A threat of an immediate return to court to secure payment is the pressure the safeguard forbids.]],
    choice { "Write to Malik and his mother: one more missed payment, and the case goes back to court",
      id = "warning-letter", to = "month_twelve",
      violation = "coerced_accused",
      set = { missed = "warned" },
      score = { voluntary = -2, respect = -1 },
      feedback = [[It sounds firm and fair, but it is a threat of an immediate return to court to secure payment, which the safeguard forbids, and it tells a boy who has paid every month but one that he is a defendant in waiting.]],
    },
    choice { "Let it go: one missed $50, after months of paying, isn't worth a meeting or a call to her",
      id = "let-slide", to = "month_twelve",
      set = { missed = "slid" },
      score = { least_intrusive = 1, victim_voice = -2, repair = -1 },
      feedback = [[Light-touch and kindly meant. But the $50 is Ms. Carter's, and she asked to stop having to chase it; changing when she is paid without asking her is her call, not the office's.]],
    },
    choice { "Have Mr. Dawson ask Ms. Carter whether the missed payment can move to month thirteen",
      id = "reconvene-short", to = "month_twelve",
      set = { missed = "fixed" },
      score = { repair = 2, victim_voice = 1 },
      feedback = [[A small fix through the facilitator, with her consent, keeps the plan workable and her in charge of her own money. It is one more call for everyone, and one more month of monitoring.]],
    },
  },

  scene "month_twelve" {
    title = "A year on",
    text = function(v)
      local t
      if v.missed == "slid" then
        t = [[Mr. Dawson's closing report: $1,150 paid. Ms. Carter asks him what happened to the last $50; nobody told her.]]
      elseif v.missed == "warned" then
        t = [[Mr. Dawson's closing report: every payment made after your letter, $1,200 in all. Malik no longer comes to check-ins; his mother brings the money.]]
      elseif v.plan == "family" then
        t = [[Mr. Dawson's closing report: $1,200 paid, the last five months by Ms. Henson. Malik stopped coming to check-ins.]]
      else
        t = [[Mr. Dawson's closing report: $1,200 paid through the Center. Ms. Carter left a card at the Center for Malik, with a line about the window.]]
      end
      return t .. [[


Ms. Pryor: He missed the original deadline. File it, or keep the file open six more months to be safe.]]
    end,
    notes = [[Completion means the case is closed for good. Filing on a deadline everyone agreed to replace, or keeping the file open 'to be safe', would make the revised agreement worthless.]],
    choice { "Close the case as completed, and send closing letters to everyone who was in the circle",
      id = "close-completed", to = "completed",
      score = { due_process = 2, repair = 1, respect = 1 },
      feedback = [[The revised agreement replaced the old deadline with everyone's consent, and it has been kept. Closing for good, and telling everyone, is what the referral promised.]],
    },
    choice { "File on the original charge: the first agreement's six-month term was never met",
      id = "file-after-completion", to = "punished-for-trying",
      violation = "punished_after_agreement",
      score = { least_intrusive = -3, due_process = -2, respect = -1 },
      feedback = [[The agreement is complete. Prosecuting on a deadline everyone agreed to replace punishes him for having taken part and makes every future agreement worthless.]],
    },
    choice { "Keep the file open six more months, to be sure the change in him holds up",
      id = "hold-open", to = "limbo",
      score = { least_intrusive = -3, due_process = -1 },
      feedback = [[Every term is met. Holding the case over him with nothing left to do is supervision for its own sake, and it tells everyone that completion is not the end.]],
    },
  },


  scene "carter_prefers_court" {
    title = "Ms. Carter decides",
    text = [[Mr. Dawson met Ms. Carter and told her everything: what Malik paid, why, and the options.

Ms. Carter: I'm done chasing a schoolboy. Let a judge set it, and I'll know where I stand.

Mr. Osei calls you: a petition will follow Malik for years over $600. He asks you to decline to file and leave her to small claims court.]],
    notes = [[The person harmed may choose court over a revised plan; the Center's model returns the case to the referral source, who decides. Her choice weighs heavily but the charging decision stays the prosecutor's. Pressing her to reconsider is not neutral. Small claims is a real civil route [verify the Maryland District Court limit].]],
    questions = {
      "Whose decision is it now, and what does Ms. Carter's choice oblige you to do?",
    },
    choice { "Ask her to give a new plan one month first: a petition will follow him for years",
      id = "urge-carter", to = "back_to_court",
      set = { return_reason = "urged" },
      score = { victim_voice = -2, voluntary = -2, least_intrusive = 1 },
      feedback = [[The worry is real, but asking her again after she has decided, with his future as the reason, is pressure. She says no, and now feels she has to defend her choice.]],
    },
    choice { "Respect her choice: file on the original charge and have the advocate explain what follows",
      id = "accept-court", to = "back_to_court",
      score = { victim_voice = 2, voluntary = 1, least_intrusive = -1 },
      feedback = [[She chose with the whole story in front of her, and the choice is hers to make. It costs Malik a petition over $600, and the least intrusive route is gone; what you ask for in court can still be no harsher.]],
    },
    choice { "Decline to file, as Mr. Osei asks, and tell her small claims court can still get her the $600",
      id = "decline-small-claims", to = "written-off",
      score = { victim_voice = -2, repair = -1, least_intrusive = 2 },
      feedback = [[The least intrusive answer for Malik, and it is your call to make. But she asked for the court's help and is sent to chase a schoolboy herself, which is exactly what she said she could not do any more.]],
    },
  },
  ---------------------------------------------------------------------------
  -- 4b. Back to court
  ---------------------------------------------------------------------------
  scene "back_to_court" {
    title = "Back to court",
    text = function(v)
      local t
      if v.return_reason == "deadline" or v.return_reason == "breach" then
        t = "You return the case to court. Nobody has spoken to Ms. Carter."
      elseif v.return_reason == "misled" then
        t = "Ms. Carter, told that the agreement was not completed, says to file it."
      elseif v.return_reason == "urged" then
        t = "Ms. Carter says no to another month, stiffly. You file on the original charge."
      else
        t = "Ms. Carter has chosen court, with the whole story in front of her. You file on the original charge."
      end
      return t .. [[


Ms. Pryor drafts a request for probation with a 7 p.m. curfew and electronic monitoring "because he failed diversion".

A colleague who sat in on the conference as an observer mentions that Malik said there he had "thrown stuff at windows before, just messing".]]
    end,
    notes = [[When an agreement is not completed the case returns to the ordinary process. It should come back no harsher than it would have been at the start: the attempt at repair is not a new offense [verify: UN Basic Principles paras 15-17 wording]. What was said in the conference stays there. In Maryland juvenile court restitution can be ordered against the child and a parent [verify current limits].]],
    questions = {
      "What would you have asked for at the start, if the case had never been referred?",
      "What should the court hear about what Malik did complete?",
    },
    choice { "Ask for probation with the curfew and monitoring: six months of diversion didn't get her paid",
      id = "harsher-for-failure", to = "punished-for-trying",
      violation = "punished_after_agreement",
      score = { least_intrusive = -3, respect = -1, due_process = -1, victim_voice = -1 },
      feedback = [[This asks for more than you would have sought at the start because he tried and fell short, and none of it is anything Ms. Carter asked for. A case that returns from an unfinished agreement should come back no harsher.]],
    },
    choice { "Ask only for what you would have sought at the start and tell the court what he completed and paid",
      id = "original-no-harsher", to = "court_restitution",
      score = { due_process = 2, least_intrusive = 1, repair = 1 },
      feedback = [[The case goes back as it was, the court hears what he did complete, and Ms. Carter's remaining loss can be set at a rate he can pay. Nothing said in the conference is used.]],
    },
    choice { "Tell the court what he said at the conference about other windows, so it sets the right supervision",
      id = "use-conference-words", to = "promise-broken",
      violation = "statements_used",
      score = { due_process = -3, respect = -1 },
      feedback = [[What Malik said in the conference was said in confidence. Using it in court breaks that promise, and every young person the Center sees afterwards will say less.]],
    },
  },


  scene "court_restitution" {
    title = "The disposition hearing",
    text = [[The court will take your recommendation on the remaining $600.

Mr. Osei tells you Malik still earns about $100 a month. Ms. Henson has found new work. Ms. Carter has told the victim advocate she wants the money "in one piece if there's any way".

Ms. Pryor: Ask for it from the mother, in full, in thirty days. The court can order a parent to pay.]],
    notes = [[Maryland courts can order restitution against a child and, within limits, a parent [verify current statute and limits before use]. What the court orders still has to be payable, and the repair is the young person's.]],
    choice { "Recommend the $600 from Ms. Henson within thirty days, which is what Ms. Carter asked for",
      id = "parent-lump-sum", to = "court-no-harsher",
      set = { plan = "family" },
      score = { victim_voice = 1, accountability = -2, repair = -1 },
      feedback = [[Ms. Carter would get her money in one piece, as she asked. But it moves the debt onto a mother just back at work, and takes the repair away from the boy who broke the window.]],
    },
    choice { "Make no recommendation on amount and let Juvenile Services set the schedule later",
      id = "leave-to-djs", to = "court-no-harsher",
      set = { plan = "conditions" },
      score = { repair = -2, victim_voice = -1, due_process = 1 },
      feedback = [[It keeps your office out of the arithmetic, which some would call proper. But the failure that brought the case back was a figure nobody tested, and this leaves Ms. Carter with no date at all.]],
    },
    choice { "Recommend $50 a month from Malik's pay and ask that Ms. Carter be told the schedule",
      id = "payable-schedule", to = "court-no-harsher",
      set = { plan = "fair" },
      score = { repair = 2, accountability = 1, victim_voice = -1 },
      feedback = [[The repair stays his and at a rate he can keep. The cost: Ms. Carter asked for it in one piece, and she will wait another year.]],
    },
  },
  ---------------------------------------------------------------------------
  -- Endings
  ---------------------------------------------------------------------------
  ending "completed" {
    title = "Paid, case closed",
    text = function(v)
      if v.plan == "conditions" then
        return [[You close the case. Ms. Carter has her money. Malik has no petition, a new job after losing the old one to the curfew, and a file of weekly school reports nobody read. Mr. Dawson's closing report says the plan was completed "at a cost".]]
      elseif v.plan == "family" then
        return [[You close the case. Ms. Carter has her money. Malik has no petition, and has learned that when things get hard, someone else pays. Mr. Dawson's report calls the case "completed by the family".]]
      elseif v.missed == "slid" then
        return [[You close the case. Ms. Carter is $50 short and was never asked about it. Malik has no petition. Mr. Dawson closes the file with a note to call her.]]
      elseif v.missed == "warned" then
        return [[You close the case. Ms. Carter has her money. Malik has no petition, and remembers your letter better than the circle.]]
      end
      return [[You close the case and send the letters. Ms. Carter has her $1,200, paid the way she asked. Malik has no petition and a card from the neighbor whose window he broke.

Mr. Dawson tells you the Center has added a line to its agreement form: "What can you pay each month?"]]
    end,
    outcome = {
      victim = "Ms. Carter has her money back and had a say when the plan changed.",
      accused = "Malik finished the agreement and the case is closed with no petition filed.",
      community = "Neighbors see a harm put right over time, and the Center's next agreement asks what a young person can pay.",
    },
    debrief = [[A shortfall is a question, not a verdict. Here the amount was never proportionate, which UN Basic Principles para 7 asks of every agreement, and Malik kept paying through his family's hardship. The Center's facilitator revised the plan with the person harmed at the table; your office consented to terms the participants wrote, added nothing nobody asked for, and closed the case for good on completion. If your path added conditions, moved the debt to his mother or let a missed payment go without asking Ms. Carter, ask who paid for the repair.]],
  },

  ending "court-no-harsher" {
    title = "Back to court, no harsher",
    text = function(v)
      local t = [[The court hears that Malik apologized, did his hours and paid $600 over six months. Your request is the one you would have made at the start, and nothing said at the conference goes before the court.

]]
      if v.plan == "family" then
        return t .. [[The court orders Ms. Henson to pay $600 in thirty days. She borrows it. Malik asks Mr. Osei whether he still owes anything; nobody is sure what to tell him.]]
      elseif v.plan == "conditions" then
        return t .. [[Juvenile Services sets a schedule four months later. Ms. Carter calls the victim advocate twice to ask when.]]
      end
      return t .. [[The court orders $50 a month from Malik. Ms. Carter is told the schedule and the number to call if payments stop.]]
    end,
    outcome = {
      victim = "Ms. Carter will get the rest of her money on a court schedule and knows where she stands.",
      accused = "Malik faces the original charge, with credit for what he did, and no worse off for having tried.",
      community = "The Center's promises hold even when an agreement falls short, so families and lawyers keep trusting it.",
    },
    debrief = [[An unfinished agreement goes back to the referral source, and that is all: the case resumes where it was. When the person harmed chooses court, the case goes back no harsher, with what was completed on the record and the conference kept out of it. If you sent it back without a review or without asking Ms. Carter, ask whether it needed to go to court at all.]],
  },

  ending "punished-for-trying" {
    title = "Punished for trying",
    text = function(v)
      if v.plan ~= "none" then
        return [[You file on the expired deadline. Mr. Osei hands up the revised agreement, with your office's consent on it, and Mr. Dawson's closing report. The judge asks why the State is prosecuting a completed agreement. Ms. Carter, paid in full, asks Mr. Dawson what she signed up to.]]
      end
      return [[You ask for probation with a curfew and electronic monitoring. Mr. Osei shows the court the payment card, six months without a miss. The judge asks why the State wants more now than it would have at the start. Ms. Henson asks Mr. Dawson whether they should ever have agreed to the conference.]]
    end,
    outcome = {
      victim = "Ms. Carter's repair ends in a fight about punishment she never asked for.",
      accused = "Malik is treated more harshly for having tried the conference than if he had gone straight to court.",
      community = "Families learn that entering an agreement is a risk, and fewer take the chance.",
    },
    debrief = [[A failure to complete, especially one driven by hardship, returns the case to where it was; it is not a new offense, and completion closes the case for good. Seeking a harsher outcome because someone tried and fell short, or prosecuting after the agreement is done, punishes participation and makes every future defense lawyer more cautious.]],
  },

  ending "promise-broken" {
    title = "Promise broken",
    text = [[You tell the court what Malik said at the conference. Mr. Osei objects that it was said in confidence; the judge asks how the State came by it. Mr. Dawson tells you the Center will not have your office sit in on its conferences again.

Ms. Carter, who spoke in that room too, asks Mr. Dawson whether what she said is in a court file now.]],
    outcome = {
      victim = "Ms. Carter's own words in a confidential meeting no longer feel safe.",
      accused = "Malik's honesty at the conference is turned against him in court.",
      community = "The Center loses the trust that makes people speak openly, and referrals from your office are questioned.",
    },
    debrief = [[What is said in a restorative process is confidential (UN Basic Principles para 14). That promise lets a young person talk honestly about what he did. Using it in court, even when the case has returned, turns the conference into an interview and teaches every family to say as little as possible.]],
  },

  ending "written-off" {
    title = "Written off",
    text = [[Mr. Dawson tells Ms. Carter the case is closed and gives her your reasons. She listens, and says she will not report anything to the police again; if she wants her $600, she will have to chase it herself.

Malik stops walking past the laundromat. Nobody tells him whether he still owes anything.]],
    outcome = {
      victim = "Ms. Carter loses $600, or must chase it herself, and learns it after the decision was made.",
      accused = "Malik is left with an unfinished repair and no clear end to it.",
      community = "The Center's agreements look like they can be dropped when they get awkward.",
    },
    debrief = [[The least intrusive response still has to be fair to the person harmed. Writing off money that belongs to Ms. Carter, or sending her to collect it herself after she asked for the court's help, treats her loss as the office's to forgive; explaining it afterwards does not make it her choice. The charging decision is yours, but it should answer what she asked for, or tell her honestly why not, before it is made.]],
  },

  ending "carter-shut-out" {
    title = "Terms changed behind her back",
    text = [[Ms. Carter tells Mr. Dawson she is done with the Center. Malik pays $50 a month for a year into an account she does not check.

When Mr. Dawson invites her to a closing meeting, she does not reply. You close the case.]],
    outcome = {
      victim = "Ms. Carter gets her money slowly, on terms she never agreed to, and stops trusting the process.",
      accused = "Malik keeps paying on a workable plan, but never hears from the person he is paying.",
      community = "The agreement ends as a transaction rather than a repair between neighbors.",
    },
    debrief = [[The new schedule was probably the right one. What went wrong was who decided: terms the person harmed agreed to cannot be rewritten without her, because her consent is what the agreement rests on. A fair plan imposed on her is still imposed.]],
  },

  ending "limbo" {
    title = "Never quite finished",
    text = [[You keep the file open. Six months later nobody can say what it is waiting for. Malik, who has paid every dollar, asks Mr. Osei whether he will ever be done.

Ms. Carter, told that the case is "still being monitored", asks what for.]],
    outcome = {
      victim = "Ms. Carter has her money, and is left confused about why the case never ends.",
      accused = "Malik kept every term and still has an open case hanging over him.",
      community = "Completion stops meaning anything, and the Center's agreements lose their point.",
    },
    debrief = [[Monitoring keeps an agreement workable, and it ends when the agreement does. Holding a completed case open 'to be safe' adds supervision nobody agreed to and tells young people that repair never ends.]],
  },
}
