-- Walked Out: a prosecutor scenario about a diversion agreement broken on purpose, and a new
-- citation during the program. Modelled on prosecutor-led pre-filing diversion with a
-- facilitated restorative conference and monitoring (D.C. OAG Restorative Justice Program:
-- prosecution deferred, at least six months' monitoring, charges dropped on completion), the
-- Baltimore Community Conferencing Center's rule that an unfinished agreement returns to the
-- referral source, and UN Basic Principles paras 7, 11, 13 and 14 (B.1, B.5). The Basic
-- Principles' wording on harsher outcomes after a failed agreement (paras 15-17) is marked
-- [verify] in the research, so this file does not quote it. County and people are invented.

return scenario {
  id = "programme-breach",
  version = 1,
  title = "Walked Out",
  role = "prosecutor",
  summary = [[Four months into a diversion agreement for stealing a neighbor's e-bike, a 20-year-old has stopped paying, stopped his service hours and told the facilitator he is done. Police have also cited him for shoplifting. Decide what a breach on purpose calls for: a proportionate response that neither ignores the woman he harmed nor punishes him for having tried.]],
  minutes = 20,
  modelled_on = "Prosecutor-led pre-filing diversion with a restorative conference: D.C. OAG Restorative Justice Program (prosecution deferred, six months' monitoring); Baltimore Community Conferencing Center (an unfinished agreement returns to the referral source); UN Basic Principles (ECOSOC 2002/12) paras 7, 11, 13, 14",
  speakers = { "Ms. Hartley", "Ms. Lindqvist", "Tyler", "Mr. Adeyemi", "Ms. Vasquez" },
  figures = {
    {
      text = "A Campbell systematic review of 10 randomized trials (1,880 consenting offenders) found restorative justice conferences caused a modest but highly cost-effective reduction in repeat convictions over two years. Only people who consented were randomized.",
      source = "Sherman, Strang, Mayo-Wilson, Woods & Ariel, Are Restorative Justice Conferences Effective in Reducing Repeat Offending? J Quant Criminol (2015)",
    },
    {
      text = "The Baltimore Community Conferencing Center reports that 98% of its conferences reach a written agreement and more than 95% of participants comply. When an agreement is not completed, the case returns to whoever referred it. These figures are reported by the program itself.",
      source = "Community Conferencing Center, Baltimore: communityconferencing.org/index.php/programs/for_law_enforcement/",
    },
  },

  vars = {
    stance = "none",        -- "repair" | "return" | "threat": your answer to the breach
    meeting = "none",       -- "facilitator" | "prosecutor" | "papers"
    citation = "open",      -- "open" | "breach" | "asked": how the new citation was treated
    screened = "standard",  -- "standard" | "joined" | "added": the shoplifting screening
    vasquez = "honest",     -- "honest" | "letter" | "steered" | "notice"
    terms = "asked",        -- "asked" | "penalty" | "waived"
    quiet_month = false,    -- you first gave him another month without telling Ms. Vasquez
  },

  start = "the_report",

  ---------------------------------------------------------------------------
  -- 1. The report
  ---------------------------------------------------------------------------
  scene "the_report" {
    title = "Month four",
    text = [[You are an assistant district attorney in the diversion unit. Four months ago you referred Tyler Brandt, 20, to the office's restorative program instead of filing a theft charge: he took Ileana Vasquez's e-bike from her porch and sold it. She is a home health aide and lost two weeks of visits.

At the conference, run by the program's facilitator, everyone signed: an apology letter, $600 at $100 a month, and 24 hours at the neighborhood bike co-op. Six months' monitoring.

Ms. Hartley, the facilitator, reports: letter delivered, $200 paid, 8 hours done. Then nothing for two months. On the phone he told her: "I'm done with it. Do what you want." He still has his warehouse job.

Police have also cited him for taking $40 of goods from a pharmacy.]],
    notes = [[Participation is voluntary throughout: the person who caused harm may stop, and the case then returns to the ordinary process. A stated refusal is serious, but it is still one account, given by phone. The prosecutor decides the case; the facilitator runs the process.]],
    questions = {
      "What is the difference between a breach and a withdrawal?",
      "What would you need to know before deciding anything?",
    },
    choice { "Ask Ms. Hartley to give him one more month quietly, and hold off telling Ms. Vasquez until it is over",
      id = "quiet-month", to = "the_citation",
      set = { quiet_month = true },
      score = { victim_voice = -2, accountability = -1, least_intrusive = 1 },
      feedback = [[The lightest touch, and it keeps the door open for Tyler. But Ms. Vasquez is owed $400 and has been told nothing for two months; another silent month decides for her that her loss can wait.]],
    },
    choice { "Get the full record and have Ms. Hartley set a meeting with Tyler and his public defender",
      id = "meet-first", to = "the_citation",
      score = { due_process = 2, respect = 1, accountability = 1, victim_voice = -1 },
      feedback = [[One phone call is not the whole story. Hearing him, with his lawyer, before deciding is what makes any response fair. It means Ms. Vasquez waits a little longer for an answer, which is its cost.]],
    },
    choice { "Terminate and file this week: he told the facilitator he is done, and the agreement says what follows",
      id = "file-now", to = "citation_screen",
      set = { stance = "return", meeting = "papers" },
      score = { due_process = -1, respect = -1, accountability = -1, victim_voice = -2 },
      feedback = [[The agreement does allow the case to return, and he did say he was done. But filing on one phone call, without asking why or what he would do now, treats a conversation as a verdict.]],
    },
  },

  scene "the_citation" {
    title = "The pharmacy citation",
    text = function(v)
      local t = [[The pharmacy citation is two weeks old: $40 of toiletries, no prior record, not yet screened by anyone in your office. Tyler has a different public defender on it.]]
      if v.quiet_month then
        t = t .. " Ms. Hartley says a quiet month is fine by her, but she wants to know how to treat the citation."
      end
      return t .. [[


Ms. Lindqvist, your unit chief: It's a new offense during diversion. That's a breach on its own. Put it in the memo.

Ms. Hartley: I could just ask him about it when we meet. He might tell me.]]
    end,
    notes = [[A citation is an allegation. Treating it as a proven breach skips the process that would decide it. Asking about it inside the diversion program, without the lawyer on that case, takes an admission before counsel and blurs what the program is for.]],
    choice { "Have Ms. Hartley ask him about the pharmacy at the meeting: an honest answer helps everyone",
      id = "ask-about-it", to = "the_meeting",
      violation = "admission_before_counsel",
      set = { citation = "asked" },
      score = { due_process = -3, voluntary = -1 },
      feedback = [[It sounds like openness, but an admission to a new offense, made to the program without the lawyer on that case, is exactly what the safeguard forbids. It also turns the facilitator into an investigator.]],
    },
    choice { "Treat it as an allegation on its own file: it gets screened like anyone else's, and it is not a breach",
      id = "separate-file", to = "the_meeting",
      score = { due_process = 2, respect = 1, accountability = -1 },
      feedback = [[Right on the law: an unproven citation is not a breach, and it will be screened like anyone else's. The cost is that the meeting cannot address it, even though it may be part of why things slipped.]],
    },
    choice { "Count it as a second breach in the memo, as Ms. Lindqvist says: a new offense is a new offense",
      id = "count-as-breach", to = "the_meeting",
      set = { citation = "breach" },
      score = { due_process = -2, respect = -1, least_intrusive = -1 },
      feedback = [[A citation is not a conviction. Writing it up as a breach treats the allegation as proven and stacks it on the real problem, which is the agreement he stopped keeping.]],
    },
  },

  scene "the_meeting" {
    title = "Who hears him out",
    text = function(v)
      local t = ""
      if v.quiet_month then
        t = "The quiet month is over: no payments, no hours, no calls back. "
      end
      return t .. [[Ms. Hartley can meet Tyler and Mr. Adeyemi, the public defender who advised him when he entered the program, next Thursday at the program office.

Ms. Lindqvist: You're the one deciding. Have him in your office, with Hartley sitting in, and hear it yourself.

Or you can decide on the papers: the payment record, the hours log and Ms. Hartley's note of the phone call.]]
    end,
    notes = [[In this model the facilitator runs meetings about the agreement; the prosecutor screens, refers, consents to terms within office policy, monitors and decides. A prosecutor questioning the participant directly changes the meeting into something closer to an interview.]],
    choice { "Let Ms. Hartley run it next Thursday, with Mr. Adeyemi there, and send you her written report",
      id = "facilitator-runs", to = "his_account",
      set = { meeting = "facilitator" },
      score = { due_process = 1, respect = 2, voluntary = 1, accountability = -1 },
      feedback = [[The facilitator keeps the meeting about the agreement, and his lawyer is there. You hear it second-hand, so you lose a little of the direct challenge you might have made: that is the trade.]],
    },
    choice { "Decide on the papers: the record is clear and another meeting only delays the answer",
      id = "on-papers", to = "his_account",
      set = { meeting = "papers" },
      score = { due_process = -2, respect = -1, voluntary = -1, accountability = -1 },
      feedback = [[Quick, and the record is clear about what he stopped doing. It says nothing about why, or about what he would do now, and nobody asks him: that is what a proportionate answer depends on.]],
    },
    choice { "Have him in your office with Ms. Hartley sitting in: the decision is yours to make",
      id = "your-office", to = "his_account",
      set = { meeting = "prosecutor" },
      score = { accountability = 1, respect = -1, due_process = -1 },
      feedback = [[A fair instinct: the decision is yours, and first-hand you can put the breach to him directly. But a meeting run by the person who decides whether to file is close to an interview, and he and his lawyer will say less, not more.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 2. What he says, and what you do about it
  ---------------------------------------------------------------------------
  scene "his_account" {
    title = "Why he stopped",
    text = function(v)
      if v.meeting == "papers" then
        return [[The papers show two payments, eight hours, then nothing. Ms. Hartley's note of the call adds one line: "Something happened at the co-op. He wouldn't say what."

Mr. Adeyemi emails that Tyler would finish the payments and hours somewhere else if that were offered. If not, he will take his chances in court.

Ms. Lindqvist: Tell him he resumes in seven days or we file with every count we can.]]
      end
      local t = [[Ms. Hartley's report: Tyler says he stopped on purpose. At the co-op, Ms. Vasquez's brother, who volunteers there, called him "the thief" in front of the regulars. He walked out and stopped paying "because why pay people who treat you like that." He could afford it and he knows it.]]
      if v.meeting == "prosecutor" then
        t = [[In your office, Tyler says little. Mr. Adeyemi does the talking: Tyler stopped on purpose, after Ms. Vasquez's brother, a co-op volunteer, called him "the thief" in front of the regulars. He stopped paying out of anger, not need.]]
      end
      return t .. [[


Mr. Adeyemi: He'll finish, payments and hours, somewhere else, if that's offered. If not, he takes his chances in court.

Ms. Lindqvist: Tell him he resumes in seven days or we file with every count we can.]]
    end,
    notes = [[This breach is wilful: he could pay and chose not to. It is also tied to something fixable. Either answer below can be defended; threatening extra charges to get him back is not, because it is the inducement the safeguard forbids.]],
    questions = {
      "Does his grievance excuse the breach, explain it, or neither?",
    },
    choice { "Accept that he has withdrawn: the case returns to court on the original charge, and nothing more",
      id = "accept-withdrawal", to = "citation_screen",
      set = { stance = "return" },
      score = { voluntary = 2, least_intrusive = 1, accountability = 1, repair = -1, victim_voice = -1 },
      feedback = [[Defensible: he broke the agreement on purpose, and taking part was always his choice. Returning the case, no harsher, respects that. But Ms. Vasquez's repair now depends on a court, and a fixable problem is not fixed.]],
    },
    choice { "Tell him through his lawyer to resume within seven days, or you will file every count you can",
      id = "seven-day-threat", to = "citation_screen",
      violation = "coerced_accused",
      set = { stance = "threat" },
      score = { voluntary = -3, respect = -1, least_intrusive = -1 },
      feedback = [[He may well come back. But threatening charges you would not otherwise bring to force him to keep an agreement is the pressure the safeguard forbids, and what he does next is no longer his choice.]],
    },
    choice { "Propose a reset through Ms. Hartley: same money, new dates, another site, if Ms. Vasquez agrees",
      id = "propose-reset", to = "citation_screen",
      set = { stance = "repair" },
      score = { repair = 2, accountability = 1, victim_voice = 1, least_intrusive = -1 },
      feedback = [[It holds him to the whole repair and removes the one thing he says drove him out, and it depends on Ms. Vasquez's consent. It keeps him in the program longer, which the least intrusive answer would avoid.]],
    },
  },

  scene "citation_screen" {
    title = "The screening desk",
    text = function(v)
      local t = [[Two weeks later the pharmacy file reaches your desk for screening. Office policy for a first retail theft under $100 with no record: no filing; the store can pursue its civil remedy.]]
      if v.citation == "breach" then
        t = t .. " Your memo already calls it a breach."
      elseif v.citation == "asked" then
        t = t .. " Ms. Hartley's notes say Tyler told her he took the toiletries for his grandmother."
      end
      return t .. [[


Ms. Lindqvist: He's not a first-timer in spirit. File it and join it to the bike theft, so the judge sees the pattern.]]
    end,
    notes = [[Net-widening is not only about bystanders. Filing a case the office would not file for anyone else, because the person is already in the system, pulls in what would otherwise be left alone. The office's policy here is invented for the scenario [verify any real policy before teaching from it].]],
    choice { "File it and join it to the bike theft, as Ms. Lindqvist says, so the court sees the whole picture",
      id = "join-it", to = "ms_vasquez",
      violation = "net_widening",
      set = { screened = "joined" },
      score = { least_intrusive = -3, due_process = -1, accountability = -1 },
      feedback = [[Anyone else with this file would get no filing. Charging it because he is already in the system reaches a case the office would otherwise leave alone, and makes the earlier diversion the reason for a harsher net.]],
    },
    choice { "Add it to his agreement instead: more hours and an apology to the store, handled in the same program",
      id = "add-to-agreement", to = "ms_vasquez",
      set = { screened = "added" },
      score = { accountability = 1, least_intrusive = -2, respect = -1 },
      feedback = [[It keeps it out of court and asks him to face the store, which has some value. But it loads the agreement with a case that would not have been filed at all, and nobody in the first conference asked for it.]],
    },
    choice { "Apply the policy: no filing, exactly as for anyone else who came in with this file",
      id = "apply-policy", to = "ms_vasquez",
      score = { least_intrusive = 2, due_process = 1, accountability = -1 },
      feedback = [[Same file, same answer as for anyone: a first $40 retail theft is not filed. The store keeps its civil remedy. Nobody makes him answer for it in your office, which is the cost, and the reason the policy exists.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 3. The person harmed
  ---------------------------------------------------------------------------
  scene "ms_vasquez" {
    title = "Ms. Vasquez",
    text = function(v)
      local t = [[Ms. Vasquez has had $200 of her $600. She last heard from the program in month two.]]
      if v.quiet_month then
        t = t .. " She called Ms. Hartley last week: nobody had told her the payments had stopped."
      end
      if v.stance == "return" then
        return t .. [[


The case is going back to court on the original theft charge. She can ask the court for the remaining restitution, and victim services can help her with that.]]
      end
      return t .. [[


Ms. Hartley can see her this week. Ms. Lindqvist: Just reset the plan and send her the new dates. She signed the first one.]]
    end,
    notes = [[The person harmed agreed to the original terms; changing them needs her consent. Whatever happens, she should hear the truth, including why he stopped and that her brother's words are part of it, and what each route means for her money.]],
    choice { "Have Ms. Hartley reset the plan and send her the new dates by letter: she has been through enough",
      id = "letter-reset", to = "revise_terms",
      when = function(v) return v.stance ~= "return" end,
      violation = "no_victim_consent",
      set = { vasquez = "letter" },
      score = { victim_voice = -3, voluntary = -1 },
      feedback = [[Kindly meant, but the terms are the ones she agreed to, and the money is hers. Changing them and telling her afterwards takes away the consent the agreement rests on.]],
    },
    choice { "Tell her he walked out of his agreement, and ask whether she wants him prosecuted",
      id = "walked-out", to = "filing",
      when = function(v) return v.stance ~= "return" end,
      set = { vasquez = "steered" },
      score = { victim_voice = -1, respect = -1, repair = -1 },
      feedback = [[She gets a choice, but only half the facts: not why he stopped, not that he offers to finish. A decision steered that way is not fully informed.]],
    },
    choice { "See her with Ms. Hartley: the whole story, her brother's part too, and her own choice",
      id = "see-her", to = { { 4, "revise_terms" }, { 1, "filing" } },
      when = function(v) return v.stance ~= "return" end,
      score = { victim_voice = 3, respect = 1, voluntary = 1 },
      feedback = [[She hears everything, including the awkward part about her brother, and decides about her own money with full information. Whatever she chooses is now a real choice.]],
    },
    choice { "See her with the advocate: why it is going back, what she can claim, and what help exists",
      id = "explain-return", to = "filing",
      when = function(v) return v.stance == "return" end,
      score = { victim_voice = 3, respect = 1, repair = 1 },
      feedback = [[She hears why the case is going back and what it means for her money, and gets help asking the court for it. Her loss stays at the center even though the program has ended.]],
    },
    choice { "Send her the standard notice that the case has been filed, with the court date and a phone number",
      id = "standard-notice", to = "filing",
      when = function(v) return v.stance == "return" end,
      set = { vasquez = "notice" },
      score = { victim_voice = -2, respect = -1 },
      feedback = [[Accurate and efficient, and it tells her nothing about why, or about her $400. She learns that the program she trusted ended from a form letter.]],
    },
    choice { "Call her to say he walked out, and ask which charges she would like you to bring",
      id = "which-charges", to = "filing",
      when = function(v) return v.stance == "return" end,
      set = { vasquez = "steered" },
      score = { victim_voice = -1, respect = -1, due_process = -1 },
      feedback = [[It sounds like giving her a voice, but charging is your decision, not hers to carry, and "walked out" is half the story. Her voice is about her harm and her repair.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 4a. A reset
  ---------------------------------------------------------------------------
  scene "revise_terms" {
    title = "The reset",
    text = function(v)
      local t
      if v.vasquez == "letter" then
        t = [[Ms. Hartley has drafted new dates and mailed them to Ms. Vasquez: $100 a month from June, 16 hours at the public library's repair café.]]
      else
        t = [[Ms. Hartley reconvened. Ms. Vasquez asked for the remaining $400 at $100 a month and 16 hours at the public library's repair café instead of the co-op. Tyler agreed, and apologized for walking out.]]
      end
      if v.screened == "added" then
        t = t .. " The pharmacy matter adds 8 hours and a letter to the store."
      end
      return t .. [[


Monitoring would need to run three months past the original six to fit the dates. Your consent is needed within office policy.

Ms. Lindqvist: Consent only if he takes 20 extra hours and a 9 p.m. curfew. A breach has to cost something.]]
    end,
    notes = [[The prosecutor consents to terms within office policy; the participants write them. A penalty for the breach, added by the office, is a harsher outcome for having tried, and nobody in the conference asked for it.]],
    choice { "Consent on condition of the 20 extra hours and the curfew: the breach was deliberate",
      id = "penalty-terms", to = "final_review",
      violation = "punished_after_agreement",
      set = { terms = "penalty" },
      score = { least_intrusive = -3, respect = -1, repair = -1 },
      feedback = [[The breach was deliberate, but the answer to it is the reset the participants wrote, or the case going back. Extra hours and a curfew that nobody asked for punish him for having been in the program at all.]],
    },
    choice { "Consent to the terms they wrote, with monitoring extended three months to fit the dates",
      id = "consent-terms", to = "final_review",
      score = { repair = 2, respect = 1, least_intrusive = -1 },
      feedback = [[Only what the participants asked for, with follow-up that matches the dates. It keeps him under monitoring three months longer than he signed for, a cost the lighter option would avoid.]],
    },
    choice { "Consent, but waive the remaining $400 so he can finish quickly and the file can finally close",
      id = "waive-money", to = "final_review",
      set = { terms = "waived" },
      score = { least_intrusive = 1, repair = -2, victim_voice = -2 },
      feedback = [[It would close the file sooner and spare him three months of monitoring. But the money is Ms. Vasquez's, she asked for it, and he can pay it: forgiving it is not yours to do.]],
    },
  },

  scene "final_review" {
    title = "Month nine",
    text = function(v)
      local t = [[Ms. Hartley's closing report: $600 paid in full, hours done, a note to the co-op delivered.]]
      if v.terms == "penalty" then
        t = t .. " The extra 20 hours are done; the curfew cost him a night shift, and the job."
      elseif v.terms == "waived" then
        t = [[Ms. Hartley's closing report: hours done, a note to the co-op delivered. With the $400 waived, Ms. Vasquez received $200 of her $600, and has asked Ms. Hartley why.]]
      end
      return t .. [[


The pharmacy citation is still listed against his name in the case system.

Ms. Lindqvist: Dismiss if you like, but flag him in the system as "failed diversion once". If he comes back, he doesn't get another chance.]]
    end,
    notes = [[Completion ends the case: charges are dropped for good (D.C. OAG model). Keeping a completed case open, or marking it so a future case is treated more harshly, punishes the breach after the agreement has been kept.]],
    choice { "Dismiss the charge for good, with closing letters to Tyler, Mr. Adeyemi and Ms. Vasquez",
      id = "dismiss", to = "dismissed",
      score = { due_process = 2, respect = 1, repair = 1 },
      feedback = [[The agreement, as reset with everyone's consent, is kept. Dismissing for good and telling everyone is what the referral promised.]],
    },
    choice { "Keep the case open until the pharmacy citation is cleared from the system, to be safe",
      id = "keep-open", to = "limbo",
      score = { least_intrusive = -2, due_process = -1, respect = -1 },
      feedback = [[The citation was never filed and has nothing to do with this agreement, which is complete. Holding the case open adds supervision nobody agreed to.]],
    },
    choice { "Dismiss, but record him as \"failed diversion once\" so no future case is offered diversion",
      id = "dismiss-and-flag", to = "flagged",
      violation = "punished_after_agreement",
      score = { due_process = -2, least_intrusive = -2 },
      feedback = [[He completed the agreement. Marking him as a failure, so a future case is treated more harshly, turns the breach he repaired into a permanent penalty.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 4b. Back to court
  ---------------------------------------------------------------------------
  scene "filing" {
    title = "Back to court",
    text = function(v)
      local t
      if v.stance == "return" then
        t = "The case returns to court."
      elseif v.vasquez == "steered" then
        t = "Ms. Vasquez, told that he walked out, says she wants him prosecuted."
      else
        t = "Ms. Vasquez heard everything and would rather a judge set the terms: \"I want it on paper from a court.\""
      end
      if v.screened == "joined" then
        t = t .. " The pharmacy case is already joined to it."
      end
      return t .. [[


Ms. Lindqvist's draft: the original theft plus possession of stolen property and trespass, counts your office passed over at screening, and a request for 30 days in jail "because he failed diversion".]]
    end,
    notes = [[A case that returns from diversion should resume where it was: the charge you would have filed at the start, the offer you would have made, credit for what was done. Extra counts or a harsher request because he took part punish the attempt [verify the position in local law; B.3 item 9].]],
    choice { "File every count in Ms. Lindqvist's draft and ask for 30 days: he had his chance and threw it away",
      id = "extra-counts", to = "punished-for-trying",
      violation = "punished_after_agreement",
      score = { least_intrusive = -3, respect = -1, due_process = -1, accountability = -1, repair = -2, victim_voice = -2 },
      feedback = [[He did throw away the agreement, on purpose. But these are counts you did not think worth filing four months ago. Adding them now punishes him for having entered the program, and every defense lawyer will remember it.]],
    },
    choice { "File the original theft only, offer what you would have at the start, and credit what he did",
      id = "original-charge", to = "the_evidence",
      score = { due_process = 2, least_intrusive = 1, repair = 1, accountability = 1 },
      feedback = [[The case comes back as it was, no harsher, and the court hears what he did complete. The remaining $400 goes before the court as restitution.]],
    },
    choice { "Don't file at all: he paid a third and did some of the hours, and $400 is not worth a court case for anyone",
      id = "decline", to = "dropped",
      score = { least_intrusive = 2, victim_voice = -2, repair = -2, accountability = -1 },
      feedback = [[The lightest response, and proportion matters. But Ms. Vasquez is still out $400, and a deliberate breach answered with nothing tells everyone the agreement never mattered.]],
    },
  },

  scene "the_evidence" {
    title = "What the bike was worth",
    text = [[Mr. Adeyemi disputes the restitution: the bike was used, he says, and nowhere near $600.

Ms. Vasquez has her receipt from last year, and the pawn shop has a record of the sale.

The program file also has Ms. Hartley's conference notes. At the conference Tyler said he sold the bike for $300 and that he had "taken stuff off porches before".

Ms. Lindqvist: Subpoena the notes. It's all there in his own words.]],
    notes = [[What is said in a restorative process is confidential (UN Basic Principles para 14), and in the D.C. model statements are immune from future charging. The case that returns must be proved the ordinary way.]],
    choice { "Settle at the $300 he got for it: it avoids a contested hearing and the court will accept it",
      id = "settle-300", to = "court-no-harsher",
      set = { terms = "waived" },
      score = { least_intrusive = 1, repair = -2, victim_voice = -2 },
      feedback = [[It is quicker, and nobody has to argue. But the harm to Ms. Vasquez was a bike worth what she paid and two weeks without work, not what a pawn shop gave for it.]],
    },
    choice { "Prove the value with her receipt and the pawn record; keep the conference notes out of it",
      id = "independent-proof", to = "court-no-harsher",
      score = { due_process = 2, repair = 1, victim_voice = 1, least_intrusive = -1 },
      feedback = [[Her loss is proved the ordinary way and nothing said in the conference is used. It means a contested hearing, longer for everyone: that is its cost.]],
    },
    choice { "Subpoena Ms. Hartley's conference notes: his own words settle the value and show the pattern",
      id = "subpoena-notes", to = "promise-broken",
      violation = "statements_used",
      score = { due_process = -3, respect = -1 },
      feedback = [[He spoke at the conference on the promise that it would not be used against him. Using it now breaks that promise, for him and for everyone the program sees next.]],
    },
  },

  ---------------------------------------------------------------------------
  -- Endings
  ---------------------------------------------------------------------------
  ending "dismissed" {
    title = "Finished the second time",
    text = function(v)
      local t = [[You dismiss the theft charge for good. Ms. Hartley sends the closing letters.]]
      if v.stance == "threat" then
        t = t .. " Mr. Adeyemi's reply notes that Tyler came back under the threat of extra counts, and that he will advise clients accordingly."
      end
      if v.terms == "waived" then
        t = t .. " Ms. Vasquez's letter explains that $400 of her money was waived. She does not reply."
      elseif v.terms == "penalty" then
        t = t .. " Tyler finished, but lost his warehouse job to the curfew on the way."
      elseif v.vasquez == "letter" then
        t = t .. " Ms. Vasquez has her money, on dates she never agreed to, and has stopped answering the program."
      else
        t = t .. " Ms. Vasquez has her $600. Her brother has stopped volunteering on the days Tyler's cousin brings bikes in."
      end
      return t
    end,
    outcome = {
      victim = "Ms. Vasquez was told the truth and decided how the reset went; she has her money.",
      accused = "Tyler broke the agreement, was heard, took a fair second path and finished it. No charge.",
      community = "The program shows it can answer a deliberate breach without abandoning the person harmed or the person who stopped.",
    },
    debrief = [[A breach on purpose is serious, and it still calls for a proportionate answer. Hearing him with his lawyer, keeping the new citation on its own file, giving Ms. Vasquez the whole story and the choice, and consenting to terms the participants wrote, with nothing added, led to a repair that was finished. A reset is not a reward: it is the same obligation, made workable.]],
  },

  ending "court-no-harsher" {
    title = "Back to court, no harsher",
    text = function(v)
      local t = [[Tyler pleads to the original theft on the offer you would have made at the start: probation and restitution, with credit for the $200 and the hours.]]
      if v.terms == "waived" then
        t = t .. " Restitution is set at $300, less what he paid. Ms. Vasquez asks her advocate how a pawn shop decided what her bike was worth."
      else
        t = t .. " The court orders the remaining $400 on her receipt. Ms. Vasquez knows the date of every payment."
      end
      if v.screened == "joined" then
        t = t .. " The pharmacy count, joined on, adds a conviction no one else with that file would carry."
      end
      return t
    end,
    outcome = {
      victim = "Ms. Vasquez's loss goes before the court, and she is told what to expect.",
      accused = "Tyler faces the charge he would always have faced, no worse for having tried the program.",
      community = "The program's promises hold even when an agreement fails, so the next person can still trust it.",
    },
    debrief = [[When someone stops on purpose, the case returns: that is the consequence the agreement named. It returns as it was: the original charge, the original offer, credit for what was done, and nothing said in the conference used. Proportion also runs the other way: the person harmed's loss is proved and pursued, not settled away for speed.]],
  },

  ending "punished-for-trying" {
    title = "Punished for trying",
    text = [[You file the extra counts and ask for 30 days. Mr. Adeyemi tells the judge the counts were passed over at screening and only appeared after diversion. The judge asks why.

Ms. Hartley hears from two defense lawyers that week: they will advise clients to think hard before entering the program.]],
    outcome = {
      victim = "Ms. Vasquez's $400 is lost in an argument about punishment she never asked for.",
      accused = "Tyler faces more than he would have if he had never tried the program.",
      community = "Fewer people will accept diversion, and fewer people harmed will be offered repair.",
    },
    debrief = [[A failed agreement returns the case to where it was; it is not a new offense. Adding counts or asking for more because he took part and then stopped makes entering the program a risk, and defense lawyers will advise against it. The deliberate breach already has its consequence: the case comes back.]],
  },

  ending "promise-broken" {
    title = "Promise broken",
    text = [[The conference notes are read into the record. Mr. Adeyemi objects; the judge asks the program director to explain its confidentiality promise.

The program tells your office it will not accept referrals from your unit until the policy is settled. Ms. Vasquez asks Ms. Hartley whether what she said at the conference is in a court file now.]],
    outcome = {
      victim = "Ms. Vasquez's own words at the conference no longer feel safe.",
      accused = "Tyler's honesty at the conference is used against him.",
      community = "Everyone the program sees next will say less, and the conferences lose what made them work.",
    },
    debrief = [[What is said in a restorative process stays there (UN Basic Principles para 14). The case that returns is proved the ordinary way, here with a receipt and a pawn record that were there all along.]],
  },

  ending "dropped" {
    title = "Dropped",
    text = [[You decline to file. The program closes its file.

Ms. Vasquez calls Ms. Hartley: "So he just stops paying, and that's it?"

Tyler hears through Mr. Adeyemi that nothing will happen.]],
    outcome = {
      victim = "Ms. Vasquez is left $400 short, and learns that the agreement she signed could be dropped.",
      accused = "Tyler learns that stopping on purpose cost him nothing.",
      community = "The program's agreements look optional.",
    },
    debrief = [[The least intrusive answer still has to answer the person harmed. A deliberate breach, where he could pay, called for the consequence the agreement named: a reset she agreed to, or the case returned. Dropping it puts her loss last.]],
  },

  ending "limbo" {
    title = "Never quite finished",
    text = [[The file stays open. The pharmacy citation, never filed, is never cleared, so the case waits for something that will not happen.

Six months later Mr. Adeyemi asks what Tyler still has to do. Nobody can say.]],
    outcome = {
      victim = "Ms. Vasquez has her money, and a case she was told was finished that somehow is not.",
      accused = "Tyler finished everything and still has an open case.",
      community = "Completion stops meaning anything.",
    },
    debrief = [[Monitoring is for keeping an agreement workable, and ends when it is kept. Tying a completed case to an unrelated citation keeps him under supervision nobody agreed to.]],
  },

  ending "flagged" {
    title = "Dismissed, and marked",
    text = [[You dismiss the charge. The case system now carries a note: "failed diversion once; not eligible again".

A year later, another prosecutor in your office reads it and files a trespass charge that anyone else would have been offered diversion for.]],
    outcome = {
      victim = "Ms. Vasquez has her money; she never learns of the note.",
      accused = "Tyler completed the agreement and carries a mark that treats him as if he had not.",
      community = "A completed repair counts for less than a breach that was put right.",
    },
    debrief = [[Completion closes the case. Recording the breach he repaired as a permanent failure is a harsher outcome for having tried, delivered later by someone else. What he completed should be what the record says.]],
  },
}
