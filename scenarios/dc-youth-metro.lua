-- The Metro Platform: a prosecutor scenario modelled on the Washington D.C. Office of the
-- Attorney General Restorative Justice Program (youth, pre-trial). Premise 2 in
-- shared/reference/restorative-practice.md B.7; program rules from seed 000 and B.5.
-- The trainee is the charging Assistant Attorney General: she screens, refers, consents to
-- terms within office policy, monitors and decides the case. A restorative justice specialist
-- (Mr. Tran) prepares the parties, facilitates the conference and drafts the agreement.
-- Version 2 (issue #13): options balanced in length and register, trade-offs named in the
-- feedback, consequences carried in variables, juvenile hearings closed to the public.
-- Version 3: after a refusal, two more decisions (support for Grace; how the case is decided).

return scenario {
  id = "dc-youth-metro",
  version = 3,
  title = "The Metro Platform",
  role = "prosecutor",
  summary = [[A 15-year-old punches a 14-year-old girl on a Metro platform. As the charging prosecutor in the D.C. Attorney General's juvenile section, you decide whether his case goes to your office's Restorative Justice Program, and then you have to keep its promises while a specialist runs it: legal advice before any admission, the girl's and her mother's free consent, confidential statements, fair terms and six months of monitoring.]],
  minutes = 20,
  modelled_on = "Washington D.C. Office of the Attorney General Restorative Justice Program (youth, pre-trial)",
  speakers = { "Ms. Okafor", "Grace", "Ms. Alvarez", "Mr. Tran", "Officer Price", "Ms. Reed", "Mr. Wells", "Ms. Hill" },
  figures = {
    {
      text = "Across 10 randomized trials with 1,880 consenting offenders, restorative conferences brought a modest but highly cost-effective fall in how often people were reconvicted over two years. Only people who consented took part.",
      source = "Sherman, Strang, Mayo-Wilson, Woods & Ariel (2015), Campbell systematic review, Journal of Quantitative Criminology",
    },
    {
      text = "In Canberra's RISE experiments, conferences significantly lowered violent reoffending among young violent offenders, though not for property crime; victims and offenders rated conferences fairer than court.",
      source = "Canberra Reintegrative Shaming Experiments (RISE); rated 'Promising' by CrimeSolutions (U.S. Office of Justice Programs)",
    },
  },

  vars = {
    grace_referred = false,   -- Grace was pulled into the program as a "party" on the school's say-so
    filed_first = false,      -- the petition was filed before anyone asked Grace
    counsel = "none",         -- "advised" | "rushed" | "recorded"
    consent = "none",         -- "free" | "pressed"
    overpromised = false,     -- the family was promised an apology and punishment
    written_terms = false,    -- the non-use and confidentiality terms were signed
    attended = "no",          -- "no" | "spoke" | "watched": the prosecutor at the conference
    terms = "none",           -- "agreed" | "assembly" | "struck" | "curfew"
    notes_shared = false,     -- program notes went to the police
    grace_withdrew = false,   -- asked alone after a pressed yes, Grace withdrew
    closing = "none",         -- "on_time" | "extended" | "waived" | "returned"
    support = "none",         -- after a no: "kept" | "order" | "handed_off" | "billed"
    route = "none",           -- after a no: "asked" | "decree" | "trial" | "traded"
  },

  start = "intake",

  ---------------------------------------------------------------------------
  -- 1. Screening
  ---------------------------------------------------------------------------
  scene "intake" {
    title = "Monday, 9:10 a.m., juvenile section",
    text = [[You are an Assistant Attorney General in the juvenile section of the D.C. Office of the Attorney General.

Metro Transit Police file: last Thursday at Gallery Place, Dante Wells, 15, punched Grace Okafor, 14, once in the face and shoved her against a bench. Split lip, chipped tooth. Platform video and two adult witnesses. Dante has no record; there was no weapon, and they have never dated. A second boy, Kevin, has his own lawyer and a separate case.

A note from Dante's school is clipped to the file. It says Grace posted a clip mocking Dante's little brother, who stutters, and asks that the two students "go through restorative justice together as a conflict".

Your supervisor, Ms. Reed, wants your decision on the file by noon.]],
    notes = [[Screening. The D.C. program takes a case only if a prosecutor would charge it, and excludes sex offenses, gun offenses, homicide and intimate-partner violence (B.5). A mean post, even if Grace made it, is not a charge anyone would file: pulling her in as a party is net-widening, and it turns the person harmed into a co-respondent.]],
    questions = {
      "What in the file tells you this case would be charged?",
      "What would it do to Grace to be named as a party to her own assault?",
    },
    choice { "File the petition today, keep the program in reserve: a punch that chipped a child's tooth should start in court",
      id = "file-first", to = "petition_filed",
      set = { filed_first = true },
      score = { least_intrusive = -2, victim_voice = -1, due_process = 1 },
      feedback = [[Filing is lawful and the evidence supports it. But violence alone does not exclude a case from the program, and filing first decides the route before Grace is asked. Diverting before filing is the least intrusive response that still holds Dante to account.]],
    },
    choice { "Refer both students, as the school asks, so the clip about his brother is dealt with in the same room as the punch",
      id = "refer-both", to = "defense_call",
      violation = "net_widening",
      set = { grace_referred = true },
      score = { least_intrusive = -3, victim_voice = -2, due_process = -2 },
      feedback = [[It sounds even-handed, and the clip may matter to Dante. But no prosecutor would charge a post, and the program takes only cases that would otherwise be charged. Referring Grace opens a justice file on the girl who was punched and tells her she is half to blame.]],
    },
    choice { "Refer Dante alone, since you would file on this evidence and no exclusion applies; the clip can come up in his preparation",
      id = "refer-dante", to = "defense_call",
      score = { due_process = 2, least_intrusive = 2 },
      feedback = [[Right. The video, two witnesses and the injury mean you would file, and no exclusion applies, so the program is a real alternative to a petition. What Dante believed about the clip belongs in his preparation with the specialist, not in a file on Grace.]],
    },
  },

  scene "petition_filed" {
    title = "Thursday",
    text = [[The petition is filed. The initial hearing is set for next week.

Ms. Hill, the victim services specialist, calls you after speaking to Grace's mother.

Ms. Hill: Ms. Okafor wants to know why nobody asked Grace anything before this went to court. She's heard about the Restorative Justice Program from a neighbor and asked whether that was ever an option.

Dante's lawyer, Ms. Alvarez, tells you she will contest the petition unless something changes.]],
    notes = [[The program is pre-trial: a filed petition can still be deferred if the case is referred. Returning the choice to the family late is better than never offering it. The hearing itself would be closed to the public, as D.C. juvenile hearings are [verify the statutory reference before teaching it].]],
    choice { "Keep to the court track: changing route now would look like the office had no view of its own case",
      id = "stay-in-court", to = "court-not-offered",
      score = { victim_voice = -2, least_intrusive = -2 },
      feedback = [[Consistency has a value, but Ms. Okafor has just asked for the option you never gave her. Keeping the court track to save face puts the office's image ahead of the person harmed.]],
    },
    choice { "Refer the case to the program now and ask the court to hold the petition while the family decides",
      id = "refer-late", to = "defense_call",
      score = { victim_voice = 2, least_intrusive = 1 },
      feedback = [[Good recovery. A filed petition can still be deferred before trial. The family gets the choice they asked about, a little later than they should have.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 2. Counsel before any admission
  ---------------------------------------------------------------------------
  scene "defense_call" {
    title = "Tuesday, 11:30 a.m.",
    text = function(v)
      local t = [[The file goes to Mr. Tran, one of the program's restorative justice specialists. Two calls reach you first.

Officer Price: The boy's father rang. Dante wants to own up and say sorry. I can record it this afternoon while he's in the mood.

Ms. Alvarez, Dante's lawyer, has not yet sat down with him properly.

Ms. Alvarez: I need two weeks to go through the program terms with Dante and his father before he admits anything to anyone.

Ms. Hill adds that Grace's mother is angry: ten days, and nobody has told her what is happening.]]
      if v.grace_referred then
        t = t .. "\n\nThe school has already told the Okafors that Grace is \"in the program too\"."
      end
      return t
    end,
    notes = [[In D.C., an admission comes only after defense counsel has explained its consequences (seed 000) [verify how counsel is assigned to a youth before any petition is filed]. A 15-year-old's eagerness to "just say sorry" is when that advice matters most. A deadline is not a breach, but it thins the advice and the admission with it.]],
    questions = {
      "Why is a young person's wish to confess not enough on its own?",
      "What does a short deadline do to the advice a lawyer can give?",
    },
    choice { "Give Ms. Alvarez until Friday: the Okafors have waited ten days already, and Ms. Reed wants the referral settled",
      id = "counsel-by-friday", to = "victim_approach",
      set = { counsel = "rushed" },
      score = { victim_voice = 1, due_process = -1, voluntary = -2 },
      feedback = [[Speed matters to Grace's family, and no safeguard is broken: Dante will still be advised first. But three days is thin advice for a decision with legal weight, and a lawyer who is rushed tells her client to say as little as possible. You gained time and gave up some of the admission's quality.]],
    },
    choice { "Take no statement; give Ms. Alvarez her two weeks, and have Ms. Hill tell the Okafors why the wait",
      id = "counsel-two-weeks", to = "victim_approach",
      set = { counsel = "advised" },
      score = { due_process = 3, voluntary = 2, victim_voice = -1 },
      feedback = [[The program's first rule: any admission comes after counsel has explained what it means. It costs Grace's family another two weeks of waiting, which is a real cost; telling them why, rather than leaving them in silence, is the part of it you can soften.]],
    },
    choice { "Let Officer Price record the apology today; Ms. Alvarez can listen to it before the office decides anything",
      id = "record-now", to = "recorded_fallout",
      violation = "admission_before_counsel",
      set = { counsel = "recorded" },
      score = { due_process = -3, voluntary = -2, victim_voice = -1 },
      feedback = [[A recorded admission from a 15-year-old, before his lawyer has explained what it means, breaks the program's first rule. Letting her listen afterwards does not undo it: the admission now exists and has legal weight.]],
    },
  },

  scene "recorded_fallout" {
    title = "Tuesday evening",
    text = [[Officer Price's recording is twelve minutes long. Dante, alone with the officer while his father parked, says he hit Grace and that he is sorry.

Ms. Alvarez: My fifteen-year-old client was recorded admitting an assault before he spoke to me. I'll move to suppress it, and right now I can't tell him your program is safe to trust.

Mr. Tran has not yet contacted Grace's family. The video and the witnesses are unaffected.]],
    choice { "Keep the recording on file: it is honest, and the office should not pretend it does not exist",
      id = "keep-recording", to = "trust-broken",
      score = { due_process = -3, voluntary = -2 },
      feedback = [[Relying on an admission taken without counsel compounds the first breach. The evidence was strong without it, so it adds little to the case and costs the trust the program runs on.]],
    },
    choice { "Commit in writing that the recording will never be used, apologize, and give Ms. Alvarez her two weeks",
      id = "disown-recording", to = { { 3, "victim_approach" }, { 1, "trust-broken" } },
      set = { counsel = "advised" },
      score = { due_process = 2, voluntary = 1 },
      feedback = [[The best repair available: own the mistake, take the recording off the table and let counsel do her job. It may not be enough; a family that feels tricked can reasonably walk away.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 3. The free consent of Grace and her mother
  ---------------------------------------------------------------------------
  scene "victim_approach" {
    title = "The following week",
    text = function(v)
      local t = [[The program needs Grace's permission and, because she is 14, her mother's. Grace lives with her mother, Ngozi Okafor, a nurse on night shifts. Grace has not ridden the Metro since the assault; her mother drives her to school.

Mr. Tran asks how you want the family approached. Ms. Okafor has told Ms. Hill she wants "to hear it from the prosecutor, not another leaflet".]]
      if v.grace_referred then
        t = t .. "\n\nMs. Okafor also wants to know why her daughter got a letter calling her a party to a conflict."
      end
      return t
    end,
    notes = [[Consent is the gate. In D.C. the victim, and for a minor a parent, must give permission. A yes given to please an official is not free consent, and the prosecutor is the official whose wish carries most weight. Services are offered whatever the family decides.]],
    questions = {
      "What does it change when the person deciding the case makes the call?",
      "What should Grace hear about what happens if she says no?",
    },
    choice { "Ask Mr. Tran and Ms. Hill to visit Grace and her mother at home, set out every option and make no recommendation",
      id = "specialist-visit", to = { { 4, "grace_questions" }, { 1, "declined" } },
      set = { consent = "free" },
      score = { voluntary = 3, victim_voice = 2, respect = -1 },
      feedback = [[Consent is freest when it is sought by people who do not decide the case, on the family's ground, with no recommendation. It costs something: Ms. Okafor asked to hear from you, and she gets the specialist again. Tell her why.]],
    },
    choice { "Send Ms. Hill with the program letter and a proposed date, so the family has something concrete after weeks of silence",
      id = "letter-with-date", to = { { 3, "reluctant_yes" }, { 1, "declined" } },
      score = { voluntary = -2, victim_voice = -2, respect = -1 },
      feedback = [[Something concrete feels like progress, but a date already set presumes the answer, and Grace learns from an envelope that she may meet the boy who hit her.]],
    },
    choice { "Call Ms. Okafor yourself today as she asked, explain the program, and say you think it could help Grace",
      id = "call-yourself", to = { { 3, "reluctant_yes" }, { 1, "declined" } },
      score = { respect = 2, victim_voice = 1, voluntary = -2 },
      feedback = [[A defensible call: she asked for you, and hearing from the prosecutor answers her anger at the silence. But the person who decides the case saying what she thinks would help is pressure, however kindly meant, and Grace herself is still not part of the conversation.]],
    },
  },

  scene "reluctant_yes" {
    title = "A tired yes",
    text = [[Ms. Okafor's answer comes the same day.

Ms. Okafor: If your office thinks it's best, fine. I work nights. I don't have the energy to argue with the government as well.

In the background Grace asks who it is. Her mother says it's about the boy. Grace does not come to the phone.

Nobody has met Grace. Nobody has told her she can say no, bring someone, or send questions in writing instead.]],
    notes = [[A tired "fine" from a parent, with the young person harmed never consulted, is not free and informed consent.]],
    choice { "Ask the specialist and Ms. Hill to meet Grace and her mother before anything is booked, with no deadline at all",
      id = "step-back", to = { { 3, "grace_questions" }, { 1, "declined" } },
      score = { voluntary = 2, victim_voice = 2 },
      feedback = [[Recognizing a pressured yes and undoing it is the skill. Time, a proper meeting and a real option to refuse turn it back into the family's choice, whichever way it goes.]],
    },
    choice { "Take her yes, and let Mr. Tran book the conference: another call would only add to the exhaustion she describes",
      id = "take-yes", to = "nonuse_terms",
      violation = "no_victim_consent",
      set = { consent = "pressed" },
      score = { voluntary = -3, victim_voice = -3 },
      feedback = [[Sparing her another call is a kind motive, but a parent's weary "fine" is not consent, and Grace has not been asked at all. Convening on it breaks the program's gate.]],
    },
  },

  scene "grace_questions" {
    title = "Grace's questions",
    text = [[Mr. Tran and Ms. Hill meet Grace and her mother at the library near their home. Grace keeps her jacket on the whole time.

Grace: Would Kevin be there? Can my cousin Ada come? What if I say something and it comes out wrong?

Ms. Okafor: And if she says no, does that boy just walk away?

Mr. Tran calls you from the parking lot: what may he tell them about the case?]],
    notes = [[Informed consent means accurate answers, including unwelcome ones: if Grace says no, the petition goes ahead and she may be asked to testify, at a hearing closed to the public [verify: D.C. juvenile proceedings are closed; check the current statute and any victim-attendance rule].]],
    choice { "Answer every question straight, including that a no means a closed court hearing where Grace may have to testify",
      id = "tell-it-straight", to = "nonuse_terms",
      set = { consent = "free" },
      score = { voluntary = 3, victim_voice = 2, due_process = 1 },
      feedback = [[Honest answers, including the hard one about testifying, make Grace's yes a free and informed one. The hearing being closed to the public is part of the truth she needs.]],
    },
    choice { "Leave court out of it for now; tell them about the meeting only, so the choice does not feel like a threat",
      id = "leave-court-out", to = "nonuse_terms",
      set = { consent = "free" },
      score = { respect = 1, voluntary = -1, victim_voice = -1 },
      feedback = [[The wish not to frighten her is decent, but a choice made without knowing the alternative is not fully informed. Ms. Okafor asked a direct question and deserved a direct answer.]],
    },
    choice { "Tell them Dante will apologize to Grace's face and that your office will make sure he is punished if he doesn't",
      id = "promise-apology", to = "nonuse_terms",
      set = { consent = "free", overpromised = true },
      score = { voluntary = -2, victim_voice = -1, respect = -1 },
      feedback = [[It answers the mother's fear, but nobody can promise what Dante will say, and the program is not a punishment. A yes won on promises is not informed, and it sets the family up for disappointment in the room.]],
    },
  },

  scene "declined" {
    title = "Ten days later",
    text = [[Ms. Okafor calls Mr. Tran.

Ms. Okafor: We talked about it as a family. Grace doesn't want to see him, not in a room, not in a letter. She wants it to go to court like it's supposed to.

Mr. Tran says Grace sounded certain. She has started seeing the school counselor.

Ms. Alvarez has told you Dante was ready to take part.]],
    notes = [[A refusal is a complete answer. The case returns to the ordinary process without delay (UN Basic Principles para 11), no weaker and no harsher, and support continues whatever she chose.]],
    choice { "Close the program file and file the petition this week; keep Ms. Hill's support going and tell Ms. Alvarez",
      id = "file-after-no", to = "after_no",
      score = { victim_voice = 2, least_intrusive = 1, due_process = 1 },
      feedback = [[Right. Her no ends the restorative route and not the case. The petition goes ahead at the level the evidence supports, support does not depend on her answer, and counsel hears at once.]],
    },
    choice { "Keep the program file open for sixty days; families often see it differently once the anger settles",
      id = "hold-open", to = "case-in-limbo",
      score = { least_intrusive = -2, victim_voice = -2 },
      feedback = [[Sometimes true, but waiting treats Grace's answer as provisional and leaves both families in limbo while the witnesses fade.]],
    },
    choice { "Ask Mr. Tran to call once more and explain what a court record could mean for a 15-year-old with no record",
      id = "ask-again", to = "pressed_after_no",
      score = { voluntary = -3, victim_voice = -3, respect = -1 },
      feedback = [[Asking her to reconsider for the sake of the boy who hurt her moves his future onto Grace's shoulders. That is exactly the pressure the consent rule exists to prevent.]],
    },
  },

  scene "pressed_after_no" {
    title = "Pushing back",
    text = [[Ms. Okafor: So you want us to do this for him. My daughter got hit in the face and now it's her job to save his future?

Ms. Okafor: Fine. If it matters that much to your office, we'll come. Grace will do what she's told.

Ms. Hill, on the call, messages you: "That wasn't a yes from Grace."]],
    choice { "Take it: the mother has agreed, and Mr. Tran will see in preparation whether Grace is ready",
      id = "take-pressed-yes", to = "nonuse_terms",
      violation = "no_victim_consent",
      set = { consent = "pressed" },
      score = { voluntary = -3, victim_voice = -3 },
      feedback = [[A yes extracted after a refusal, from a mother who says her daughter "will do what she's told", is not consent, and preparation is not the place to discover it.]],
    },
    choice { "Apologize, tell her the family's first answer stands, file the petition, and keep Ms. Hill's support in place",
      id = "withdraw-pressure", to = "after_no",
      score = { voluntary = 1, victim_voice = 1 },
      feedback = [[Backing off and saying so plainly restores Grace's choice. The earlier call did damage; honoring the first no is as far as it can be repaired.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 3b. After a no: support, and how the case is decided
  ---------------------------------------------------------------------------
  scene "after_no" {
    title = "The week after",
    text = [[The petition is filed and Ms. Alvarez has been told.

Ms. Hill forwards two things from Ms. Okafor: the dentist's estimate for Grace's tooth, $1,400, and a question. Dante takes the same Green Line train to school. Does Grace have to keep riding it with him?

Ms. Reed reminds you that once a petition is filed, victims usually pass to the court's victim-witness unit, and Ms. Hill has twelve program families waiting.]],
    notes = [[Support does not depend on the family's answer (B.3). Crime victims compensation in D.C. can cover dental costs [verify the program's rules and limits]. A stay-away condition on a juvenile's release is possible at the initial hearing [verify D.C. practice]; it protects Grace on the train but restricts a boy who has not been found involved.]],
    choice { "Hand the Okafors to the victim-witness unit now, as office practice expects, with Ms. Hill's notes so nobody starts over",
      id = "hand-off", to = "court_route",
      set = { support = "handed_off" },
      score = { victim_voice = -1, respect = -1, },
      feedback = [[It follows practice and frees Ms. Hill, but the family that just said no loses the one person they trust, at the point the case gets hard. Grace hears from a stranger.]],
    },
    choice { "Ask the judge for a stay-away order at the first hearing, covering the train, which is what Ms. Okafor asked about",
      id = "stay-away-order", to = "court_route",
      set = { support = "order" },
      score = { victim_voice = 1, safety = 1, least_intrusive = -2 },
      feedback = [[Defensible: it answers her question directly and makes the train safer. It costs a restriction on a boy not yet found involved, and it leaves the dental bill and the family's contact to chance.]],
    },
    choice { "Keep Ms. Hill as their contact, have her help with compensation for the tooth, and ask Grace what would make the train feel safe",
      id = "keep-support", to = "court_route",
      set = { support = "kept" },
      score = { victim_voice = 1, repair = 1, respect = 1 },
      feedback = [[Most restorative. The no ended the program, not the support. Compensation covers the tooth without asking anything of Dante, and Grace's answer about the train may be a route change, not a court order. It costs Ms. Hill's time.]],
    },
    choice { "Ask Ms. Alvarez whether Dante's father will pay the dentist now, so the Okafors are not out of pocket while they wait",
      id = "ask-father-pay", to = "court_route",
      set = { support = "billed" },
      score = { repair = 1, voluntary = -2, due_process = -2 },
      feedback = [[The bill is real, but asking the accused's family to pay before any finding, while the office holds the petition, is pressure dressed as repair. Restitution belongs at disposition or in compensation.]],
    },
  },

  scene "court_route" {
    title = "Ms. Alvarez's offer",
    text = [[Two weeks later Ms. Alvarez calls.

Ms. Alvarez: Dante will admit the assault if you agree to a consent decree. Six months of supervision, school, counseling, restitution for the tooth. No finding of involvement if he completes it.

Ms. Reed likes it: no trial, and Grace need not testify. Officer Price asks whether the deal could include what Dante knows about Kevin.

Ms. Okafor's words were that it should "go to court like it's supposed to".]],
    notes = [[A consent decree suspends a juvenile case under supervision without a finding [verify D.C. Code and Superior Court juvenile rules]. It is still the court process the family asked for, but not the trial they may have pictured. Asking the family first is not giving them a veto: the decision stays the office's.]],
    choice { "Tell Ms. Alvarez you lean toward it, and have Ms. Hill explain the offer to Grace and her mother before you answer",
      id = "ask-family-first", to = "court-with-services",
      set = { route = "asked" },
      score = { victim_voice = 2, respect = 1, least_intrusive = -1 },
      feedback = [[Most restorative. The family hears what a decree is and what it spares Grace, and their view shapes the restitution term. It costs a week of an open case for Dante.]],
    },
    choice { "Refuse the decree and try the petition: the family asked for court, and a finding is what court is for",
      id = "try-it", to = "court-with-services",
      set = { route = "trial" },
      score = { least_intrusive = -2, repair = -1, },
      feedback = [[It reads the mother's words literally. But she never heard this option, a trial puts Grace on the stand, and a first offense gets a record when supervision would do.]],
    },
    choice { "Offer the decree only if Dante also gives Officer Price a statement about Kevin and the Navy Yard",
      id = "decree-for-statement", to = "court-with-services",
      set = { route = "traded" },
      violation = "coerced_accused",
      score = { voluntary = -2, due_process = -2 },
      feedback = [[Using the decree to buy a statement against another boy is an unfair inducement: Dante would speak to avoid a record, not because he chose to. Kevin's case must stand on its own evidence.]],
    },
    choice { "Agree today: a decree spares Grace the witness stand and keeps a first offense off a 15-year-old's record",
      id = "decree-now", to = "court-with-services",
      set = { route = "decree" },
      score = { least_intrusive = 1, victim_voice = -2, respect = -1, },
      feedback = [[Defensible: it is the least intrusive answer and spares Grace the stand. It costs her family's voice: they learn of the deal after it is done, from a court date that is not a trial.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 4. Non-use and confidentiality
  ---------------------------------------------------------------------------
  scene "nonuse_terms" {
    title = "Terms for the defense",
    text = function(v)
      local t = "Mr. Tran has a date for the conference. "
      if v.counsel == "rushed" then
        t = t .. "Ms. Alvarez, who had three days with Dante, says she has told him to admit what the video shows and little else."
      else
        t = t .. "Ms. Alvarez has met Dante and his father twice and explained what an admission means."
      end
      return t .. [[


Ms. Alvarez: Before he signs an admission, I want your office's terms in writing: nothing he says to Mr. Tran or in the conference is used in any charging, and the notes stay with the program.

Officer Price, copied in, says Kevin's case is "still open" and anything useful should come to him.

Ms. Reed tells you the office's letter template is under review this month.]]
    end,
    notes = [[In D.C., statements in the program cannot be used in future charging (seed 000), and the conversations are confidential. The one honest limit to spell out is any report the law itself requires, such as child abuse [verify the mandatory-reporting rule that applies].]],
    choice { "Send the signed terms now, covering any charging and the notes, and excepting only the reports the law requires",
      id = "sign-terms", to = "conference_role",
      set = { written_terms = true },
      score = { due_process = 3, voluntary = 1, accountability = 1 },
      feedback = [[This is the D.C. rule, in writing, with its one honest limit spelled out. It lets Dante speak openly, which accountability needs, and protects what Grace's family says in the room too.]],
    },
    choice { "Limit the letter to this assault, so that anything Dante says about Kevin can still help Officer Price's case",
      id = "narrow-terms", to = { { 1, "conference_role" }, { 1, "dante-declines" } },
      score = { safety = 1, due_process = -2, accountability = -1 },
      feedback = [[Kevin may have other victims, and that is a real concern. But a narrow promise tells Dante that honesty may cost him, so his lawyer will advise silence or withdrawal. Nothing has been used yet, so no safeguard is broken, but the conference you get will be guarded, if it happens.]],
    },
    choice { "Tell Ms. Alvarez the protection is settled office practice and will be honored; the letter follows after the review",
      id = "promise-orally", to = { { 1, "conference_role" }, { 1, "dante-declines" } },
      score = { respect = 1, due_process = -2, voluntary = -1 },
      feedback = [[Your word is sincere, but a lawyer cannot advise a child to admit an assault on a promise the office has not signed. Some lawyers will accept it; many will not.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 5. The prosecutor's place at the conference
  ---------------------------------------------------------------------------
  scene "conference_role" {
    title = "The week before the conference",
    text = function(v)
      local t = "Mr. Tran has met Dante twice, with his father, and Grace twice, with her mother and her cousin Ada. "
      if v.consent == "pressed" then
        t = t .. "Grace answered him in single words and looked at her mother before each one."
      else
        t = t .. "Grace wants to know why he did it, and wants Dante to speak first."
      end
      return t .. [[


Ms. Reed suggests you attend: "Say a few words at the start so the boy knows the office is serious, and make sure the terms are realistic."

Ms. Okafor has asked Ms. Hill whether "anyone from the prosecutor's office" will be there to hear what happened to her daughter.]]
    end,
    notes = [[The charging prosecutor does not facilitate or speak for the office in the room; the specialist runs the conference and the office consents to terms afterwards, within its policy. In D.C., prosecutors may join conferences on cases that are not theirs (seed 000): it is the one deciding this case whose presence changes what a young person will say.]],
    questions = {
      "What would Dante hear if the person who decides his case were in the room?",
      "How else could Ms. Okafor be shown that the office takes Grace's harm seriously?",
    },
    choice { "Attend and open with a short statement of what the office expects, as Ms. Reed suggests",
      id = "attend-and-speak", to = { { 3, "terms_review" }, { 1, "conference_stalls" } },
      set = { attended = "spoke" },
      score = { respect = -2, voluntary = -2, accountability = -1 },
      feedback = [[It signals seriousness, but the prosecutor speaking first makes the conference a hearing. Dante will answer the office, not Grace, and the specialist's neutral opening is lost.]],
    },
    choice { "Sit in quietly at the back, as Ms. Okafor asked, say nothing, and leave the room to Mr. Tran",
      id = "attend-silently", to = "terms_review",
      set = { attended = "watched" },
      score = { victim_voice = 1, voluntary = -1, due_process = -1 },
      feedback = [[A defensible choice: Ms. Okafor asked for it, and you say nothing. But the person who decides Dante's case is in the room, and a 15-year-old watching you chooses his words for you. You gained the family's trust and gave up some of Dante's candor.]],
    },
    choice { "Stay away; have Ms. Hill tell Ms. Okafor you will meet her afterwards and read the agreement",
      id = "stay-away", to = "terms_review",
      score = { voluntary = 2, due_process = 1, victim_voice = -1 },
      feedback = [[The specialist runs the room, and Dante can speak without the prosecutor listening. It costs Ms. Okafor the presence she asked for; offering to meet her yourself is how you answer that cost.]],
    },
  },

  scene "conference_stalls" {
    title = "Mr. Tran's call",
    text = [[Mr. Tran calls you an hour after the conference.

Mr. Tran: After your opening Dante stopped talking. He said "sorry" to the table and let his father answer. Grace asked why he did it and got nothing. We have a draft agreement, but I'm not sure he wrote any of it.

He asks whether the office can consent to the draft, or whether he should hold a second, shorter meeting without anyone from your office present.]],
    choice { "Ask for the second meeting, without the office there, before you consent to anything",
      id = "second-meeting", to = "terms_review",
      set = { attended = "no" },
      score = { accountability = 2, voluntary = 1, least_intrusive = -1 },
      feedback = [[A second meeting costs everyone another evening, but an agreement Dante did not write is one he is less likely to keep. Stepping out is how you give it back to him.]],
    },
    choice { "Consent to the draft as it stands: a second meeting asks more of Grace than she should have to give",
      id = "consent-stalled", to = "terms_review",
      score = { victim_voice = 1, accountability = -2, voluntary = -1 },
      feedback = [[Sparing Grace another meeting is a fair instinct, but she came for an answer and got silence. An agreement signed in that silence is one Dante will struggle to own.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 6. Consenting to terms
  ---------------------------------------------------------------------------
  scene "terms_review" {
    title = "The draft agreement",
    text = function(v)
      local t = [[Mr. Tran sends the draft for the office's consent. Grace asked for the video to come down, for Dante to stay away and for a letter saying why, in his own words. Ms. Okafor asked for the $180 insurance did not cover. Dante offered to pay it from his Saturday job and asked to join a six-session group.

The draft: a letter within three weeks; $30 a month toward the $180; help reporting the video; no contact; the group; monthly check-ins for six months. And, because Ms. Okafor asked and Dante said yes, an apology read at his school's assembly.]]
      if v.attended == "watched" then
        t = t .. "\n\nFrom the back of the room you saw Dante glance at you before each answer."
      end
      if v.consent == "pressed" then
        t = t .. "\n\nMr. Tran adds that Grace barely spoke; her mother signed."
      end
      if v.overpromised then
        t = t .. "\n\nMs. Okafor has told Ms. Hill the office promised her a punishment."
      end
      return t
    end,
    notes = [[The office consents to terms within its policy; it does not write them. Good terms answer what the participants asked for and add nothing nobody asked for. A public apology at a school spreads the incident, and Grace's name, further.]],
    questions = {
      "Whose wish was the assembly, and what would it do to Grace?",
      "When may a prosecutor refuse a term that everyone in the room agreed to?",
    },
    choice { "Consent to everything but the assembly, and ask Mr. Tran to take that term back to both families",
      id = "return-assembly", to = "notes_request",
      set = { terms = "agreed" },
      score = { repair = 2, respect = 2, voluntary = 1, least_intrusive = -1 },
      feedback = [[The office may not sign a term that shames a child in public, but the people in the room should decide what replaces it. Sending it back costs a week and one more meeting; it keeps the agreement theirs.]],
    },
    choice { "Consent to everything but the assembly, which you strike yourself so the agreement can be signed this week",
      id = "strike-assembly", to = "notes_request",
      set = { terms = "struck" },
      score = { repair = 2, least_intrusive = 1, victim_voice = -2, voluntary = -1 },
      feedback = [[A defensible call: the term is out of proportion, and striking it saves everyone a meeting. But you changed an agreement the families made without asking them, and Ms. Okafor's request was simply erased rather than answered.]],
    },
    choice { "Consent as drafted: both families and Dante's lawyer agreed to every term, and it is their agreement",
      when = function(v) return v.consent ~= "pressed" end,
      id = "consent-all", to = "notes_request",
      violation = "degrading_terms",
      set = { terms = "assembly" },
      score = { respect = -3, repair = -2, least_intrusive = -2 },
      feedback = [[Respecting the room's agreement is usually right, but a public apology at an assembly is a shaming term, and agreeing to it in the moment does not make it proportionate. The office's consent is the check it exists for.]],
    },
    choice { "Hold the office's consent until Ms. Hill has asked Grace, on her own, whether she wants any of this",
      id = "ask-grace-alone", to = "court-with-services",
      when = function(v) return v.consent == "pressed" end,
      set = { grace_withdrew = true },
      score = { voluntary = 2, victim_voice = 2, safety = 1 },
      feedback = [[Right, and late. A girl who barely spoke and a mother who signed is the pressured yes showing itself. Asked alone, Grace says she never wanted the meeting; the case returns to court, and the mistake was the yes that brought her there.]],
    },
    choice { "Consent to all but the assembly, and add the office's usual 7 p.m. curfew so someone keeps an eye on him",
      id = "add-curfew", to = "notes_request",
      set = { terms = "curfew" },
      score = { safety = 1, least_intrusive = -2, repair = -1, respect = -1 },
      feedback = [[Dropping the assembly is right, but nobody in the room asked for a curfew, and it answers nothing Grace needs. Conditions added from outside create breaches rather than repair.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 7. Keeping the promise of confidentiality
  ---------------------------------------------------------------------------
  scene "notes_request" {
    title = "Six weeks later",
    text = function(v)
      local t = [[Officer Price calls. A boy has reported that Kevin took his earbuds at Navy Yard the week before the assault, and Price suspects Dante was there.

Officer Price: Just send me Tran's preparation notes. If Dante mentioned Navy Yard, that's a second case on Kevin.]]
      if v.written_terms then
        t = t .. "\n\nThe signed terms say the notes stay with the program and nothing said is used in charging."
      else
        t = t .. "\n\nThe terms were never signed, but office practice is that the notes stay with the program."
      end
      return t
    end,
    notes = [[Confidentiality is tested when someone has a real public-safety reason to want the notes. Officer Price keeps every ordinary investigative tool; he cannot use the program as one.]],
    choice { "Refuse the notes, and tell Price to build the Navy Yard case on its own evidence",
      id = "refuse-notes", to = { { 13, "review_on_track" }, { 4, "review_short" }, { 3, "review_stopped" } },
      score = { due_process = 3, respect = 1 },
      feedback = [[Right, and it has a cost: the robbed boy's case may move more slowly. The promise that statements are not used in charging is what made Dante's honesty possible, and Grace's family spoke on the same promise.]],
    },
    choice { "Refuse the notes, but let Ms. Alvarez know Price would like to interview Dante, with her present",
      id = "refuse-and-relay", to = { { 13, "review_on_track" }, { 4, "review_short" }, { 3, "review_stopped" } },
      score = { due_process = 1, safety = 1, voluntary = -2, respect = -1 },
      feedback = [[A close call. The notes stay protected, and the other boy's case gets a lawful route. But the request reaches Dante through the office that holds his petition, mid-agreement, and that is a kind of pressure his lawyer will have to undo.]],
    },
    choice { "Read the notes yourself and pass on only the lines about Kevin, since Dante's own case is unaffected",
      id = "share-lines", to = "review_stopped",
      violation = "statements_used",
      set = { notes_shared = true },
      score = { due_process = -3, voluntary = -2, safety = -1 },
      feedback = [[A partial disclosure is still a disclosure. What Dante said was said in confidence; using it to charge anyone breaks the terms he spoke on, and his family will find out.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 8. Monitoring
  ---------------------------------------------------------------------------
  scene "review_on_track" {
    title = "Month three",
    text = function(v)
      local t
      if v.terms == "assembly" then
        t = [[The assembly is set for Tuesday. Word has got around, and the video is circulating again at Grace's school.

Ms. Okafor: Grace came home crying. She doesn't want it anymore. Neither do I.]]
      else
        t = "Mr. Tran's report: the letter came in week three; Grace read it twice and asked Ada to keep it. Dante has paid $90, attended four group sessions, and reported two accounts sharing the video; one took it down. Last week Grace rode the Metro with Ada."
        if v.terms == "curfew" then
          t = t .. " He has missed the curfew twice, both times coming home from work."
        end
      end
      return t .. "\n\nMr. Wells asks whether there should be \"something stricter\" over the summer."
    end,
    notes = [[Monitoring keeps the agreement workable; it is not for adding punishment. Terms that turn out harmful can be changed with everyone's agreement.]],
    choice { "Keep the plan as signed and ask Mr. Tran to check how Grace is doing, not only Dante",
      id = "keep-plan", to = "closing",
      when = function(v) return v.terms ~= "assembly" end,
      set = { closing = "on_time" },
      score = { least_intrusive = 2, victim_voice = 1 },
      feedback = [[The agreement is working; the right supervision is the amount agreed. Asking after Grace keeps the process centered on the harm.]],
    },
    choice { "Agree with Mr. Wells: add weekly school reports until the end, since his father is asking for them",
      id = "add-reports", to = "closing",
      when = function(v) return v.terms ~= "assembly" end,
      set = { closing = "on_time" },
      score = { least_intrusive = -2, respect = -1, victim_voice = -1 },
      feedback = [[His father means well, but Dante is keeping every term, and new conditions halfway through change the bargain nobody else agreed to change.]],
    },
    choice { "Ask Mr. Tran to bring everyone back to replace the assembly with something they choose together",
      id = "replace-assembly", to = "closing",
      when = function(v) return v.terms == "assembly" end,
      set = { terms = "agreed", closing = "on_time" },
      score = { respect = 2, repair = 2, victim_voice = 1 },
      feedback = [[Good recovery. The term was harming the person it was meant to serve; replacing it with everyone's agreement keeps the agreement voluntary and about repair.]],
    },
    choice { "Hold everyone to the signed agreement: the family asked for the assembly, and changing it now looks weak",
      id = "hold-assembly", to = "reharmed",
      when = function(v) return v.terms == "assembly" end,
      score = { respect = -3, victim_voice = -2, safety = -2 },
      feedback = [[Grace and her mother have told you it is hurting her. Holding to the paperwork puts the office's image above the person harmed.]],
    },
  },

  scene "review_short" {
    title = "Month six: a shortfall",
    text = [[Mr. Tran reports that Dante delivered the letter, finished the group, kept away from Grace and helped get the video taken down. He has paid $90 of the $180.

The car wash where he worked Saturdays closed. He told Mr. Tran before a payment was missed, not after, and has found nothing else at 15.

Asked by Mr. Tran, Ms. Okafor says the money matters to her, but she does not want him punished over it.]],
    notes = [[Partial completion driven by hardship is a reason to adjust the plan with the person harmed, not a breach to punish (UN Basic Principles paras 15-17 [verify wording]).]],
    choice { "Waive the last $90 and dismiss this week: he has done the rest, and a longer case helps nobody",
      id = "waive-rest", to = "dismissed",
      set = { closing = "waived" },
      score = { least_intrusive = 2, victim_voice = -2, repair = -1 },
      feedback = [[Quick and generous, and defensible. But the money was Ms. Okafor's, and she said it matters to her: forgoing it was her call, not the office's.]],
    },
    choice { "Let Ms. Okafor choose between three more months to pay and service hours instead of the money, then dismiss",
      id = "extend-plan", to = "dismissed",
      set = { closing = "extended" },
      score = { repair = 2, victim_voice = 2, least_intrusive = -1 },
      feedback = [[The shortfall comes from hardship, and Dante reported it himself. Letting Grace's mother choose keeps the repair real; it costs three more months with the case open.]],
    },
    choice { "Treat it as a breach: restore the petition and ask for probation, since the agreement was not completed",
      id = "breach-short", to = "returned-harsher",
      violation = "punished_after_agreement",
      score = { least_intrusive = -3, repair = -2, due_process = -2 },
      feedback = [[Most of the agreement is done and the gap is hardship. Seeking punishment for failing to finish goes against what Ms. Okafor asked and teaches the next family that trying the program is a risk.]],
    },
  },

  scene "review_stopped" {
    title = "Month four: silence",
    text = function(v)
      local t = "Mr. Tran reports that Dante has missed two check-ins and the last group sessions, and does not answer messages."
      if v.notes_shared then
        t = t .. " Ms. Alvarez has learned where Officer Price got his Navy Yard information. Mr. Wells told Mr. Tran they were lied to."
      else
        t = t .. " Mr. Wells says Dante has started spending time with Kevin again and won't talk about the program."
      end
      return t .. "\n\nGrace's family has been told nothing yet."
    end,
    notes = [[When an agreement is not completed, the case returns to the ordinary process promptly, on the original charge, with the person harmed told directly and nothing from the program used.]],
    choice { "Restore the petition and ask for detention, citing the missed sessions and what he admitted to Mr. Tran",
      id = "return-harsher", to = "returned-harsher",
      violation = "punished_after_agreement",
      score = { least_intrusive = -3, due_process = -3 },
      feedback = [[Not completing must not be a reason for a harsher outcome, and what Dante said in the program cannot be used against him. This argument does both.]],
    },
    choice { "Offer one more meeting through Ms. Alvarez; if he misses it, restore the original petition and call the Okafors",
      id = "return-fairly", to = "returned-to-court",
      set = { closing = "returned" },
      score = { due_process = 2, victim_voice = 2, accountability = 1 },
      feedback = [[One more real chance, then a prompt return to the ordinary process with no penalty. Telling Grace's family yourself, before they hear it elsewhere, respects their place in the case.]],
    },
    choice { "Give him until the six-month review to come back; a boy who stops for a while is not a boy who has quit",
      id = "wait-and-see", to = "case-in-limbo",
      score = { least_intrusive = -1, victim_voice = -2, accountability = -1 },
      feedback = [[Patience has its place, but waiting without telling anyone is not patience: Grace's family hears nothing and Dante learns that walking away has no consequence either way.]],
    },
  },

  scene "closing" {
    title = "Month six",
    text = [[Mr. Tran's closing report: every term complete. Grace rides the Metro on her own now. Ms. Okafor asked him to pass on a message: she hopes Dante's little brother is doing all right.

Officer Price emails the same day. Kevin's hearing is next month and Dante has refused to be a witness.

Officer Price: Keep Dante's petition alive until he cooperates. And send me Tran's closing report; the case is over anyway.]],
    notes = [[Completion means the charges are dropped permanently (seed 000). Holding the petition over Dante for something outside the agreement, or releasing program records now, would make completion meaningless.]],
    choice { "Dismiss, and forward the closing report as Price asks: the case is over and it says nothing new",
      id = "forward-report", to = "promise-broken",
      violation = "statements_used",
      score = { due_process = -3, respect = -1 },
      feedback = [[The case ending does not end the confidentiality. The report is program material written on the promise that it stays there.]],
    },
    choice { "Dismiss the case permanently, as the office promised, and tell Price it is closed to him",
      id = "dismiss", to = "dismissed",
      score = { due_process = 3, repair = 1 },
      feedback = [[The program's promise kept. Dante did everything he agreed to; dismissal is the outcome he was told he would get, not a favor.]],
    },
    choice { "Hold the dismissal until Kevin's hearing is over, so Dante has a reason to think again about testifying",
      id = "hold-for-testimony", to = "promise-broken",
      violation = "punished_after_agreement",
      score = { due_process = -3, voluntary = -2 },
      feedback = [[Testimony was never part of the agreement. Keeping the charge alive after completion to get cooperation breaks the promise of a permanent dismissal.]],
    },
  },

  ---------------------------------------------------------------------------
  -- Endings
  ---------------------------------------------------------------------------
  ending "dismissed" {
    title = "Charges dropped",
    text = function(v)
      local t = "Your office dismisses the case against Dante Wells. It cannot be refiled."
      if v.filed_first then
        t = "Your office withdraws the petition it filed in the first week and dismisses the case. It cannot be refiled."
      end
      if v.closing == "extended" then
        t = t .. " Ms. Okafor chose the extra months; he paid the rest from a grocery job, $30 at a time."
      elseif v.closing == "waived" then
        t = t .. " The last $90 was never paid; Ms. Okafor told Mr. Tran she wished someone had asked her."
      end
      if v.terms == "struck" then
        t = t .. " Ms. Okafor still mentions the assembly term that disappeared without anyone asking her."
      elseif v.terms == "curfew" then
        t = t .. " The curfew nobody asked for cost Dante a summer job offer."
      end
      t = t .. "\n\nYou meet Ms. Okafor to hear how it went for Grace. Grace keeps Dante's letter."
      if v.grace_referred then
        t = t .. "\n\nGrace's file, opened on the school's word, is still on the system."
      end
      return t
    end,
    outcome = {
      victim = "Grace had her questions answered and a say in what repair meant; the letter is hers, the video is largely gone, and she rides the Metro again.",
      accused = "Dante kept his agreement and his case was dismissed permanently, with nothing he said in the program used against him.",
      community = "A violent incident was answered with accountability and repair instead of a juvenile record, and the office's promises held.",
    },
    debrief = [[This is what the D.C. program is built to do: a case that would have been charged; an admission only after counsel's advice; free consent from Grace and her mother; confidential preparation; terms from the people in the room; six months of monitoring; a permanent dismissal. Notice what the careful path cost: two more weeks for the Okafors, a meeting Ms. Okafor wanted you at, a slower Navy Yard case. Those costs were worth naming to the people who bore them.]],
  },

  ending "court-not-offered" {
    title = "Straight to court",
    text = [[The petition goes ahead. Ms. Alvarez contests it and the case is set for a factfinding hearing. D.C. juvenile hearings are closed to the public, so the courtroom holds only the judge, the lawyers, Dante, his father, the witnesses and Grace when she is called.

Four months later Dante is found involved and placed on probation. Grace testifies for forty minutes with Dante across the room. She still does not know why he did it.]],
    notes = [[Closed juvenile hearings protect the young person charged [verify the D.C. statute and whether a victim may attend]. They do not give the person harmed a voice: she is a witness, not a participant.]],
    outcome = {
      victim = "Grace gets a finding but no answers; she had no say in the route her case took, and she had to testify about it in front of him.",
      accused = "Dante has a juvenile adjudication and probation, and never heard from Grace what the punch did to her.",
      community = "The law was applied in a closed hearing, but a case the program was built for went through court, and the video behind it was never dealt with.",
    },
    debrief = [[Filing was lawful, and some families want exactly this. The point is that Grace was never asked, and when her mother asked, the office kept its course. The D.C. program takes cases a prosecutor would charge, violent ones included, when no exclusion applies; whether to meet is first of all the harmed person's choice.]],
  },

  ending "court-with-services" {
    title = "Back to court, with support",
    text = function(v)
      local t = "You file the petition the same week and tell Ms. Alvarez at once."
      if v.grace_withdrew then
        t = "Asked alone, Grace tells Ms. Hill she never wanted the meeting and does not want the agreement. You withdraw the office's consent, thank Dante and his father through Ms. Alvarez, and return the case to court."
      end
      if v.support == "handed_off" then
        t = t .. " The victim-witness unit sends the Okafors a letter with a case number; Ms. Okafor calls Ms. Hill anyway, twice."
      elseif v.support == "order" then
        t = t .. " The judge grants the stay-away order; Dante's father drives him to school the long way, and the dental bill waits."
      elseif v.support == "billed" then
        t = t .. " Ms. Alvarez answers that Dante's father will pay what a court orders, and asks why your office is collecting before any finding."
      elseif v.support == "kept" then
        t = t .. " Ms. Hill stays the family's contact and helps Ms. Okafor claim crime victims compensation for the tooth; Grace now takes the bus, her own choice."
      else
        t = t .. " Ms. Hill connects Grace with a counselor and helps Ms. Okafor apply for crime victims compensation for the dental costs."
      end
      if v.route == "trial" then
        t = t .. "\n\nThe factfinding hearing is closed to the public. Grace testifies for forty minutes with Dante across the room; he is found involved and placed on probation."
      elseif v.route == "traded" then
        t = t .. "\n\nMs. Alvarez refuses a decree with a statement attached and contests the petition. Grace testifies at a closed hearing; Kevin's lawyer asks for the offer in discovery."
      elseif v.route == "decree" then
        t = t .. "\n\nDante enters a consent decree: supervision, counseling and restitution. Ms. Okafor learns of it from the court notice and asks Ms. Hill why nobody asked them."
      elseif v.route == "asked" then
        t = t .. "\n\nAfter Ms. Hill explains it, Ms. Okafor says Grace would rather not testify if he admits it. Dante enters a consent decree with restitution for what compensation does not cover, and Grace is told each step."
      else
        t = t .. "\n\nThe factfinding hearing is closed to the public. At disposition Ms. Alvarez tells the judge that Dante had been ready to make amends, and you do not oppose it."
      end
      return t .. " Nothing Dante said to the program is in the file."
    end,
    outcome = {
      victim = "Grace's no was respected; she goes through court with counseling, help with the costs and someone keeping her informed.",
      accused = "Dante's case is decided in court on the original petition, no harsher for a refusal that was not his.",
      community = "The case is dealt with without delay and the program's consent rule holds, even though no conference took place.",
    },
    debrief = [[Consent is the gate, and a no is a complete answer. The case returns to the ordinary process without delay, no weaker and no harsher, and support continues whatever the family decided. If you got here after pressing the family, the first no was the answer all along.]],
  },

  ending "case-in-limbo" {
    title = "Nobody decides",
    text = [[The file sits. Weeks become months. The Okafors hear nothing, and the petition is neither pursued nor dismissed. When Ms. Alvarez finally asks for a decision, one of the witnesses has moved away and Grace has stopped answering calls from your office.]],
    outcome = {
      victim = "Grace waits months without news; her answer, and her trust in the system, count for nothing.",
      accused = "Dante lives with an open case hanging over him, with neither the chance to finish nor a decision.",
      community = "A case that could have been resolved, or returned promptly, drifts while the evidence goes stale.",
    },
    debrief = [[A case that is unsuitable for a conference, or where the agreement has stalled, goes back to the ordinary process promptly, and everyone is told. Limbo is not the least intrusive response: it hurts both families and weakens the case.]],
  },

  ending "trust-broken" {
    title = "Trust broken",
    text = [[Ms. Alvarez moves to suppress the recording and advises Dante to decline the program. The petition goes to a contested factfinding hearing, with weeks lost to the fight over the recording. Grace, who was never asked about a conference, is served with a subpoena.]],
    outcome = {
      victim = "Grace is pulled into a contested hearing she had no say in, after months of delay.",
      accused = "Dante faces the petition instead of the program, and his family has learned to distrust your office's offers.",
      community = "Word travels among defense lawyers that the program's promises cannot be relied on.",
    },
    debrief = [[The program works because both sides can trust its rules: an admission comes only after counsel has explained its consequences. A recorded apology without a lawyer saves a few days and can cost the whole case, even after an honest attempt to repair it.]],
  },

  ending "dante-declines" {
    title = "Dante declines",
    text = [[Ms. Alvarez writes that, without signed protection for everything Dante might say, she has advised him not to take part, and he and his father agree. The petition goes ahead.

Mr. Tran has to tell Grace, who had decided to meet him, that the conference will not happen. Ms. Hill keeps her support in place.]],
    outcome = {
      victim = "Grace said yes and prepared herself, then lost the meeting for reasons she had no part in.",
      accused = "Dante, properly advised, goes through court instead of the program.",
      community = "A case suited to repair returns to court because the office would not put its own rule in writing.",
    },
    debrief = [[The D.C. rule is broad on purpose: statements in the program cannot be used in future charging. A narrower or unwritten promise leaves a young person choosing between honesty and self-protection, and a careful lawyer will tell him to protect himself.]],
  },

  ending "promise-broken" {
    title = "Promise broken",
    text = [[Ms. Alvarez learns what the office did within a week and moves to dismiss, showing that every term of the agreement was performed. The judge asks your office why it will not keep its word. Ms. Okafor hears about it from another parent and asks Mr. Tran whether what Grace said in that room is now in a police file too.]],
    outcome = {
      victim = "Grace's words in a confidential meeting no longer feel safe, and the repair she took part in ends in a new fight.",
      accused = "Dante kept his side and your office did not.",
      community = "Families and defense lawyers learn that the office's confidentiality and dismissal promises can be bargained away.",
    },
    debrief = [[Two promises make the D.C. program work: nothing said in it is used in future charging, and completing the agreement drops the charges permanently. Breaking either, even for a real public-safety aim, turns a restorative process into an investigative tool.]],
  },

  ending "reharmed" {
    title = "Grace is hurt again",
    text = [[The assembly goes ahead. Someone films Dante reading his apology, and by evening the new clip and the old one are circulating side by side, tagged with Grace's name. Dante stops going to school; Grace asks her mother to move her to another one.]],
    outcome = {
      victim = "Grace is harmed again by a process that was meant to help her.",
      accused = "Dante is shamed in public and stops attending school; nothing is repaired.",
      community = "The harm that started on the platform spreads through two schools.",
    },
    debrief = [[Terms that shame in public spread the harm, and the person harmed usually pays for it first. When the family asked to drop the term, the agreement could have been changed with everyone's consent; the office's consent exists to catch such terms before they are signed.]],
  },

  ending "returned-to-court" {
    title = "Back to court, no harsher",
    text = [[Dante does not come to the last meeting. You call Ms. Okafor yourself before she hears it elsewhere. The original petition is restored; you ask for nothing harsher than you would have at the start, and nothing from Mr. Tran's notes goes into the file.]],
    outcome = {
      victim = "Grace is told honestly and promptly why the process ended, keeps her support, and sees the case go on.",
      accused = "Dante faces the original petition, no worse off than if he had never tried the program.",
      community = "The program's rules hold even when a case fails, so families and lawyers can keep trusting it.",
    },
    debrief = [[Not every case ends in completion. When the young person stops taking part, the case returns to the ordinary process without delay and without a penalty for having tried. If he stopped after the office shared his words, ask what the office did to this ending.]],
  },

  ending "returned-harsher" {
    title = "Punished for trying",
    text = [[You restore the petition and ask for more than you would have sought at the start. Ms. Alvarez shows the judge what Dante completed and reads out Ms. Okafor's wish that he not be punished. The judge asks why your office is seeking more now than before the program.]],
    outcome = {
      victim = "Grace's family's wishes are set aside, and the repair they took part in ends in a fight over punishment they did not ask for.",
      accused = "Dante is treated more harshly for having tried the program than if he had gone straight to court.",
      community = "Young people and their lawyers learn that entering the program is a risk, and referrals fall.",
    },
    debrief = [[A failure to complete returns the case to the ordinary process; it is not a new offense. Seeking more because someone tried and fell short punishes participation. First ask whether the terms were proportionate and whether the plan can be adjusted with the person harmed.]],
  },
}
