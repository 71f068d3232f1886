-- Eastern Parkway: a prosecutor scenario modelled on Common Justice (Brooklyn and the Bronx),
-- an alternative to incarceration for serious violent felonies that goes ahead only if the
-- harmed party consents. Premise 3 in shared/reference/restorative-practice.md B.7; program
-- design from B.5 (circle, surrogates, restitution and service, a 12-15-month
-- violence-intervention program, services for harmed parties whatever they decide) and B.6.
-- The trainee is the assigned assistant district attorney: she screens, answers the harmed
-- party's questions, deals with the defense, consents to terms within office policy and
-- decides the case. Common Justice staff (Ms. Ocampo, survivor services; Mr. Baptiste,
-- facilitator) prepare the parties, keep the circle and draft the agreement.
-- Version 2 (issue #13): a different story from dc-youth-metro. Consent is tested three
-- times (the first answer, the red flag, the format); net-widening is an uncharged allegation
-- folded into the deal, not a bystander.

return scenario {
  id = "common-justice-robbery",
  version = 2,
  title = "Eastern Parkway, 10:40 p.m.",
  role = "prosecutor",
  summary = [[A 19-year-old is charged with robbing a woman of her phone at knifepoint. As the assistant district attorney, you decide whether the case can go to Common Justice, an alternative to prison that happens only if the person harmed freely says yes, and then you have to keep faith with her answer: when she asks you what to do, when the defense is pushed to hurry, when she is frightened again, and when the young man stumbles.]],
  minutes = 20,
  modelled_on = "Common Justice (Brooklyn and the Bronx, New York): an alternative to incarceration for serious violent felonies, used only with the harmed party's consent",
  speakers = { "Mr. Feld", "Ana", "Tomás", "Ms. Ocampo", "Mr. Baptiste", "Ms. Daniels", "Detective Harlan", "Jordan", "Mrs. Mills" },
  figures = {
    {
      text = "About 9 in 10 harmed parties who were offered the choice chose Common Justice over incarceration (program-reported).",
      source = "Danielle Sered, founder of Common Justice, as reported by The Daily Californian (13 March 2019) and the Solutions Journalism Network",
    },
    {
      text = "In London randomized trials with 192 burglary and robbery victims, those assigned to a restorative conference had 49% fewer cases of clinical-level post-traumatic stress symptoms about a month later (a short-term measure).",
      source = "Angel et al. (2014), Journal of Experimental Criminology",
    },
    {
      text = "A 2023 meta-analysis of adult restorative justice (27 studies, 34 samples) found a small reduction in general reoffending and none in violent reoffending, with higher victim and participant satisfaction.",
      source = "Criminology & Criminal Justice (2023), DOI 10.1177/17488958231215228",
    },
  },

  vars = {
    widened = false,        -- an uncharged shoplifting allegation was folded into the deal
    late_offer = false,     -- the office kept the prison track until the defense asked
    steered = "none",       -- "toward" | "away": the office told Ana what to choose
    rushed = false,         -- the defense was given a hard deadline
    flag = "none",          -- "assessed" | "cancelled" | "ignored"
    terms = "none",         -- "drafted" | "checked" | "padded"
    pressed = false,        -- the program went ahead on Ana's pressured okay
    warned = false,         -- a written last warning went to the defense at month seven
    ended = "none",         -- why the program ended early: "not_ready" | "denial" | "withdrew" | "stopped"
    answer = "none",        -- "letter" | "allocution" | "refused": Ana's question after her no
  },

  start = "intake",

  ---------------------------------------------------------------------------
  -- 1. Screening
  ---------------------------------------------------------------------------
  scene "intake" {
    title = "Monday, 9:00 a.m., Brooklyn",
    text = [[You are an assistant district attorney in Brooklyn.

On October 14 at 10:40 p.m., on Eastern Parkway, Jordan Mills, 19, opened a folding knife in front of Ana Reyes, 34, a home health aide walking home from a late shift, and said, "Phone. Now." She handed it over and fell, scraping both palms. The $780 phone was sold the next morning. A deli camera, a repair shop and a photo array identify him. He is charged with first-degree robbery, has no record, and lives with his grandmother.

Detective Harlan adds a note: a bodega owner says Jordan took $60 of groceries in September. No video; the owner did not want charges.

Your bureau chief, Mr. Feld: If this goes to Common Justice, fold the bodega thing in so the deal covers everything.]],
    notes = [[Common Justice takes serious violent felonies such as robbery and assault, originally for people aged 16 to 24, not family violence, and only with the harmed party's consent (B.5). It is an alternative to incarceration: it should take cases that would otherwise end in prison, and only charges that would otherwise be brought. The bodega allegation would never be charged.]],
    questions = {
      "Why does it matter that this is a case the office would otherwise send to prison?",
      "What happens to Jordan if an uncharged allegation becomes part of his deal?",
    },
    choice { "Keep the usual prison offer: Ana told the detective she wants him off the street, and her word should count",
      id = "prison-track", to = "defense_asks",
      set = { late_offer = true },
      score = { victim_voice = -2, least_intrusive = -2 },
      feedback = [[It sounds like listening to her, but a sentence to the detective on the night of a robbery is not an answer to a question nobody put to her. Whether to try a different kind of justice was Ana's to decide, and nothing in the file excludes the case.]],
    },
    choice { "Refer the robbery, and include the bodega allegation so the agreement can deal with everything at once",
      id = "fold-in-bodega", to = "ana_asks",
      violation = "net_widening",
      set = { widened = true },
      score = { least_intrusive = -3, due_process = -2 },
      feedback = [[Tidy, and Mr. Feld will like it. But the bodega allegation would never be charged: no evidence, no complainant. Folding it into the deal makes Jordan answer for something the system would have left alone.]],
    },
    choice { "Refer the robbery alone and ask Common Justice to put the choice to Ana before anyone tells the defense",
      id = "refer-robbery", to = "ana_asks",
      score = { due_process = 2, least_intrusive = 2 },
      feedback = [[Right. A violent felony, not family violence, strong evidence and a likely prison sentence: a real alternative, not a way to reach more conduct. Asking Ana first means her answer is not shaped by what Jordan's side has already been told.]],
    },
  },

  scene "defense_asks" {
    title = "Three weeks later",
    text = [[The grand jury has indicted. Jordan's lawyer, Ms. Daniels, calls.

Ms. Daniels: My client is 19, no record, lives with his grandmother. Has your office even asked Ms. Reyes about Common Justice? If she says no, fine. But somebody should ask her.

Mr. Feld says Ana's statement speaks for itself.]],
    notes = [[The defense may ask; only the harmed party can open the door. The right order is still to ask Ana first, through Common Justice, without telling her the defense is waiting on her answer.]],
    choice { "Decline: Ana's statement already says what she wants, and asking again would be for his sake, not hers",
      id = "refuse-to-ask", to = "prison-no-voice",
      score = { victim_voice = -2, least_intrusive = -2 },
      feedback = [[Protecting her from pressure is a fair motive, but she was never asked; a statement on the night is not a choice between two paths she has never heard of.]],
    },
    choice { "Ask Common Justice to put the choice to Ana now, and tell Ms. Daniels only that the office is considering it",
      id = "ask-late", to = "ana_asks",
      score = { victim_voice = 2, least_intrusive = 1 },
      feedback = [[Good recovery. Late, but Ana gets the choice, and the defense is not told enough to make her the person who "took away his chance".]],
    },
  },

  ---------------------------------------------------------------------------
  -- 2. The gate: Ana's free choice
  ---------------------------------------------------------------------------
  scene "ana_asks" {
    title = "Ana's question",
    text = function(v)
      local t = [[Ms. Ocampo, a Common Justice survivor advocate, meets Ana at a diner near her building. Ana brings her brother, Tomás. She has not walked home from the subway since October and takes car services she cannot afford.

Ms. Ocampo lays out both paths. Ana listens, then asks for you.

Ana, on the phone: You've seen a hundred of these. What would you do, if it was you?]]
      if v.late_offer then
        t = t .. "\n\nTomás: Why are we only hearing about this now?"
      end
      return t
    end,
    notes = [[Consent is the gate, and the prosecutor's opinion is the heaviest thumb on the scale: whichever way it points, it makes the choice the office's. A direct question deserves a direct answer about the facts, including the unwelcome ones.]],
    questions = {
      "Is refusing to give an opinion a way of respecting Ana, or of avoiding her?",
      "What can you honestly tell her about each path?",
    },
    choice { "Tell her you believe Common Justice would do more for her safety, and that most people in her place choose it",
      id = "steer-toward", to = { { 3, "ana_pressed" }, { 1, "ana_declines" } },
      set = { steered = "toward" },
      score = { respect = 1, voluntary = -3, victim_voice = -3 },
      feedback = [[It answers her question and may well be true; the 9 in 10 figure is real. But a prosecutor's recommendation makes it the office's choice, and a yes given to please you is not hers.]],
    },
    choice { "Say it has to be her choice, then answer plainly what each path gives her and what it cannot",
      id = "plain-facts", to = { { 4, "ana_yes" }, { 1, "ana_declines" } },
      score = { voluntary = 3, victim_voice = 2, respect = -1 },
      feedback = [[Consent stays hers, and she gets real facts to decide with. It costs something: she asked what you would do and did not get it, and she may feel you ducked. Saying why you will not choose for her is the part you can give.]],
    },
    choice { "Tell her prison is the safe choice if she is frightened, since Common Justice depends on him changing",
      id = "steer-away", to = "ana_declines",
      set = { steered = "away" },
      score = { voluntary = -2, victim_voice = -3 },
      feedback = [[Steering her away is still steering: the choice becomes the office's, just in the other direction. Common Justice was built for people in exactly her position; she should have heard both paths evenly.]],
    },
  },

  scene "ana_pressed" {
    title = "Okay",
    text = [[Ana calls Ms. Ocampo the next day.

Ana: If the DA thinks that's best, okay. I just want it over.

Ms. Ocampo tells you Ana has not asked a single question about the circle, about a surrogate, or about what happens if she changes her mind.]],
    notes = [[A yes given because the prosecutor recommended it is exactly the "consent under pressure" B.3 counts as no consent.]],
    choice { "Take her okay to the defense: she has said yes twice now, and more questions will wear her down",
      id = "take-okay", to = "ana_yes",
      violation = "no_victim_consent",
      set = { pressed = true },
      score = { voluntary = -3, victim_voice = -3 },
      feedback = [[Sparing her more questions is kind, but an okay given to please the prosecutor is not free consent. Common Justice goes ahead if, and only if, the harmed party chooses it.]],
    },
    choice { "Call her back, take your opinion off the table, and ask Ms. Ocampo to walk her through both paths again",
      id = "undo-steer", to = { { 1, "ana_yes" }, { 2, "ana_declines" } },
      set = { steered = "none" },
      score = { voluntary = 1, victim_voice = 1 },
      feedback = [[Good recovery. Withdrawing your recommendation and giving her the choice again is the only way her answer becomes hers, whichever way it goes.]],
    },
  },

  scene "ana_declines" {
    title = "No",
    text = function(v)
      local t = "Ana tells Ms. Ocampo she does not want Common Justice. She wants the case to go through court."
      if v.steered == "away" then
        t = t .. " She adds that the DA told her prison was the safe choice."
      end
      return t .. [[


Ms. Ocampo confirms that Common Justice's services stay with Ana whatever she decided: counseling, a safety plan, help with a crime victim compensation claim.

Mr. Feld: Good. Ask for the top of the range; the soft option is off the table. Ms. Daniels, for her part, hints that without the program the case is "worth a misdemeanor plea".]]
    end,
    notes = [[A no is a complete answer. The case returns to the ordinary process without delay, no harsher and no softer than it would have been, and Common Justice serves harmed parties whatever they decide.]],
    choice { "Make the offer you would have made anyway, with restitution, and keep Ana informed through Ms. Ocampo",
      id = "ordinary-offer", to = "why_me",
      score = { victim_voice = 2, due_process = 2, least_intrusive = 1 },
      feedback = [[Right. Her no closes the program, not her support or her place in the case, and the case is priced on the offense, not on the route that closed.]],
    },
    choice { "Ask for the top of the range, as Mr. Feld says: Ana chose court, and court is where the full weight belongs",
      id = "top-of-range", to = "prosecuted-harsh",
      score = { least_intrusive = -3, due_process = -1, respect = -1 },
      feedback = [[Ana chose court; she did not choose the maximum. Raising the ask because the alternative closed punishes Jordan for a decision that was not his.]],
    },
    choice { "Take Ms. Daniels's misdemeanor plea: without the program, a trial puts Ana on the stand for little gain",
      id = "plead-down", to = "prosecuted-soft",
      score = { least_intrusive = 1, victim_voice = -3, accountability = -2 },
      feedback = [[Sparing Ana the stand is a real good, but she asked for court, not for the case to shrink. Cutting it down because she said no tells every harmed party that refusing the program costs them.]],
    },
  },

  scene "why_me" {
    title = "One question",
    text = [[Plea talks begin on the ordinary offer. Then Ms. Ocampo calls.

Ms. Ocampo: Ana doesn't want a circle, and she's sure of that. But she has one question she can't put down: why her. She asked whether there is any way to get an answer without seeing him.

Ms. Daniels, asked in general terms, says Jordan might be willing to write, if nothing he writes can be used against him.]],
    notes = [[After a no, indirect options are offered only if the harmed party wants them (B.6): letters, shuttle, relayed answers. Here she asked. The answer must be voluntary for Jordan and kept out of the case.]],
    choice { "Tell Ms. Ocampo it cannot be done: Ana declined the program, and mixing the two would muddy the plea",
      id = "no-letter", to = "prosecuted",
      set = { answer = "refused" },
      score = { victim_voice = -2, respect = -1 },
      feedback = [[Keeping the plea clean is a fair worry, but her no to a circle was not a no to every form of answer. She asked; a voluntary letter kept out of the case costs the office nothing.]],
    },
    choice { "Ask the judge to have Jordan answer her question at the plea, on the record, so she gets it in his own words",
      id = "answer-in-court", to = "prosecuted",
      set = { answer = "allocution" },
      score = { voluntary = -2, respect = -1, victim_voice = -1 },
      feedback = [[It gets words from him, but under the pressure of a plea, in public, on the record. That is an allocution, not an answer, and Ana did not ask for it in a courtroom.]],
    },
    choice { "Agree to a letter through Common Justice if Jordan chooses to write, kept out of the case file entirely",
      id = "letter-through-cj", to = "prosecuted",
      set = { answer = "letter" },
      score = { victim_voice = 2, voluntary = 1, accountability = 1 },
      feedback = [[Right. Ana asked for an indirect answer, Jordan may choose to give one, and nothing he writes enters the case. Her no to the circle stands, and she gets what she asked for.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 3. The defense, without pressure
  ---------------------------------------------------------------------------
  scene "ana_yes" {
    title = "Yes, with conditions",
    text = function(v)
      local t = [[Ana tells Ms. Ocampo she wants to try it. She has conditions: she wants to know why he chose her; she does not want Jordan to learn where she lives; and she is not sure she can sit across from him. Ms. Ocampo tells her a surrogate can sit in for her and that she can change her mind at any point.]]
      if v.pressed then
        t = [[Ana's okay is on file. Ms. Ocampo has still not had a real conversation with her about the circle.]]
      end
      return t .. [[


Now the defense has to hear the offer. Ms. Daniels asks for three weeks to go through the terms with Jordan and his grandmother.

Mr. Feld: Three weeks? Give her till Friday. If he passes, we add the weapon count and ask for the max. That's how you get a yes.]]
    end,
    notes = [[Taking part must be a free choice for the responsible party too. A threat of a heavier charge or the maximum if he declines is coercion (B.3 item 2). A plea deadline is ordinary practice; one tied to a threat is not. [verify how Common Justice participants' pleas are structured and held while they take part.] See B.5.]],
    choice { "Give Ms. Daniels until Friday, as Mr. Feld wants, but with no added counts: Ana should not wait weeks more",
      id = "friday-no-threat", to = "defense_terms",
      set = { rushed = true },
      score = { victim_voice = 1, voluntary = -2, due_process = -1 },
      feedback = [[A defensible call: Ana's wait matters, and no threat is made. But a week is thin advice on a felony plea, and a rushed yes from Jordan is a weaker foundation for fifteen months of work.]],
    },
    choice { "Send Ms. Daniels the written terms and give her the three weeks; tell Ms. Ocampo to explain the wait to Ana",
      id = "three-weeks", to = "defense_terms",
      score = { voluntary = 2, due_process = 2, victim_voice = -1 },
      feedback = [[Jordan's choice has to be free and advised, too. It costs Ana three more weeks of car services and waiting; having Ms. Ocampo tell her why is how you honor that cost.]],
    },
    choice { "Pass on Mr. Feld's terms: Friday, or the weapon count and the maximum; Jordan needs to see what he faces",
      id = "deadline-threat", to = "counsel_objects",
      violation = "coerced_accused",
      score = { voluntary = -3, due_process = -2, least_intrusive = -2 },
      feedback = [[Threatening a heavier charge to force participation is coercion. A yes won that way is not a choice, and the program depends on Jordan choosing it.]],
    },
  },

  scene "counsel_objects" {
    title = "Ms. Daniels writes back",
    text = [[Ms. Daniels: Added counts if he says no? I'll advise him to take nothing offered under a threat. And I'll tell the judge why.

Ms. Ocampo asks you quietly what she should tell Ana, who said yes a week ago.]],
    choice { "Withdraw the threat in writing, apologize, and give Ms. Daniels her three weeks",
      id = "withdraw-threat", to = { { 3, "defense_terms" }, { 1, "jordan-declines" } },
      score = { voluntary = 2, due_process = 1 },
      feedback = [[Withdrawing openly restores a free choice. It may not be enough: a family that feels threatened can reasonably walk away.]],
    },
    choice { "Hold firm: deadlines and counts are how cases move, and the defense is posturing",
      id = "hold-threat", to = "jordan-declines",
      score = { voluntary = -3, due_process = -2 },
      feedback = [[Holding the threat turns an alternative to prison into a plea under pressure. Counsel advises against it, and Ana, who said yes, loses the path she chose.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 4. Preparation: what Jordan owns
  ---------------------------------------------------------------------------
  scene "defense_terms" {
    title = "Preparation",
    text = function(v)
      local t = "Jordan has pleaded and entered the program. Mr. Baptiste, the Common Justice facilitator, meets him weekly."
      if v.rushed then
        t = t .. " Ms. Daniels says she had five days with him and he \"signed what he was told to sign\"."
      end
      if v.widened then
        t = t .. " Jordan keeps asking why the bodega is in his papers when nobody ever charged him with it."
      end
      return t .. [[


Mr. Baptiste calls you.

Mr. Baptiste: He owns taking the phone. But he says he never opened the knife, just showed it in his pocket. The video shows it open. I'm not ready to bring him into a circle with that.

Mr. Feld: He pleaded. The circle will sort out the details.]]
    end,
    notes = [[A circle assumes the responsible party accepts the basic facts (B.3 item 3). The knife is not a detail: it is what Ana lives with. Preparation is where this is worked through, with counsel, before anyone harmed is in the room.]],
    choice { "Take the case out of the program: if he lies about the knife now, he is not ready, and Ana should not wait",
      id = "pull-out", to = "returned-to-court",
      set = { ended = "not_ready" },
      score = { due_process = 1, least_intrusive = -2, victim_voice = -2 },
      feedback = [[Protective, and firm. But minimizing is common early in preparation, and Ana chose this path. Ending it before preparation has done its work takes the choice from her and the chance from him.]],
    },
    choice { "Back Mr. Baptiste: more preparation with Ms. Daniels, the video included, and no circle until Jordan owns the knife",
      id = "keep-preparing", to = "red_flag",
      score = { accountability = 3, safety = 1, victim_voice = -1 },
      feedback = [[Right. The circle waits until he can say what Ana saw, in his own words. It costs Ana more weeks; it spares her hearing the knife denied to her face.]],
    },
    choice { "Tell Mr. Baptiste to go ahead: the plea covers the knife, and the circle is where he will hear what it meant",
      id = "circle-anyway", to = "denial_circle",
      violation = "responsibility_denied",
      score = { accountability = -3, safety = -2 },
      feedback = [[The plea is a legal fact; the circle needs an acknowledged one. Bringing Ana into a room with a man who denies what she saw is how a restorative process harms the person it is for.]],
    },
  },

  scene "denial_circle" {
    title = "In the circle",
    text = [[Mr. Baptiste calls at the break.

Mr. Baptiste: Ana described the knife. Jordan said, "It wasn't open." Ana walked out. Tomás is with her. Jordan is sitting with his grandmother.

He asks what the office wants him to do.]],
    choice { "Ask him to close the circle, let Ana decide with Ms. Ocampo whether anything more should happen, and restore the case",
      id = "close-circle", to = "returned-to-court",
      set = { ended = "denial" },
      score = { safety = 2, victim_voice = 2 },
      feedback = [[Right, and late. Closing it, and letting Ana decide what follows, limits the harm; the mistake was bringing her in while he denied the knife.]],
    },
    choice { "Ask him to bring Ana back in after the break, so that Jordan hears the rest of what she came to say",
      id = "resume-circle", to = "reharmed",
      score = { safety = -3, victim_voice = -2 },
      feedback = [[She left because he denied what she lived. Bringing her back to say more to the same denial puts her account on trial again.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 5. The red flag, and the format
  ---------------------------------------------------------------------------
  scene "red_flag" {
    title = "Two months in",
    text = function(v)
      local t = ""
      if v.pressed then
        t = "\n\nMs. Ocampo adds: \"She never really chose this. I think she's looking for a way out.\""
      end
      return [[Jordan, after weeks with Mr. Baptiste and Ms. Daniels, says it to him plainly: "I opened it. I wanted her scared so she'd hand it over quick."

The circle is set for next month. Then Ms. Ocampo calls.

Ms. Ocampo: Ana says Jordan's cousin has been standing outside her building twice this week. Nobody said anything. She thinks it's a message. She's asking whether she should still do this.]] .. t .. [[


Ms. Daniels says Jordan has no idea where Ana lives and is "horrified".]]
    end,
    notes = [[A red flag in preparation calls for a pause and an assessment, not an automatic ending: stopping the program over Ana's head is also a choice made for her. Safety-driven is one of Common Justice's four principles.]],
    questions = {
      "Who should find out what the cousin was doing, and how?",
      "What choices does Ana have besides sitting across from Jordan?",
    },
    choice { "Have Ms. Ocampo ask Ana plainly whether she wants to stop, and tell her a no costs her nothing at all",
      id = "offer-way-out", to = "returned-to-court",
      when = function(v) return v.pressed end,
      set = { ended = "withdrew" },
      score = { voluntary = 2, victim_voice = 2, safety = 1 },
      feedback = [[Right, and late. The okay that started this was never hers; the fear at her door is the moment to give her the real choice. She takes the way out, and the case returns to court with nothing held against anyone.]],
    },
    choice { "Keep the date: the cousin is not Jordan, nothing was said, and Ana can bring Tomás with her for support",
      id = "keep-date", to = { { 1, "circle_terms" }, { 1, "reharmed" } },
      set = { flag = "ignored" },
      violation = "ignored_red_flag",
      score = { safety = -3, victim_voice = -1 },
      feedback = [[Nothing may have been meant, and Tomás is real support. But a frightened harmed party reporting someone at her door is the textbook flag; going ahead without assessing it gambles with her safety.]],
    },
    choice { "End the program and restore the case: you cannot promise Ana she is safe, so she should not be put at risk",
      id = "end-program", to = "returned-to-court",
      set = { flag = "cancelled" },
      score = { safety = 3, victim_voice = -2, least_intrusive = -2 },
      feedback = [[The safest thing in the narrowest sense. But Ana asked a question; she did not ask you to end it. Stopping over her head decides for her, and closes a path that an assessment and a safety plan might have kept open.]],
    },
    choice { "Pause the date, have the cousin looked into outside the program, make a safety plan, and let Ana decide",
      id = "pause-assess", to = { { 4, "circle_terms" }, { 1, "returned-to-court" } },
      set = { flag = "assessed", ended = "withdrew" },
      score = { safety = 2, victim_voice = 2, least_intrusive = -1 },
      feedback = [[This is what the flag calls for: stop, find out, plan, and give the decision back to Ana with the new facts. It is a little less safe than ending it, and slower; it keeps her choice hers.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 6. The agreement: the office's consent
  ---------------------------------------------------------------------------
  scene "circle_terms" {
    title = "After the circle",
    text = function(v)
      local t
      if v.flag == "assessed" then
        t = "The cousin, it turns out, lives on Ana's block; a safety plan is in place. Ana chose to send a surrogate, a woman robbed on the same parkway years ago, with her letter and her questions."
      else
        t = "Ana came with Tomás. She watched the door the whole time."
      end
      if v.pressed then
        t = t .. " She answered every question with \"I guess\"."
      end
      return t .. [[ Jordan answered why: he picked someone alone, walking slowly, after a shift.

Mr. Baptiste sends the draft for the office's consent. What the circle asked for: the $780 for the phone, at $15 a week; Jordan to stay off Ana's block; a written answer to her questions; the 15-month violence intervention program; and, Jordan's own offer, finishing his GED.

Mr. Feld wants 200 hours of service and a curfew added "so the judge sees it's serious".]]
    end,
    notes = [[The office consents to terms within its policy; the circle writes them. Good terms answer what the participants asked for and add nothing nobody asked for. Ana also mentioned, months ago in preparation, the car services she now pays for; she did not raise them in the circle.]],
    questions = {
      "What would 200 hours and a curfew repair, and for whom?",
      "Should the office ask Ana about the car-service costs, or leave the agreement as the circle wrote it?",
    },
    choice { "Consent, adding Mr. Feld's 200 hours and a curfew, so the judge and the office can defend the deal",
      id = "pad-terms", to = "month_seven",
      set = { terms = "padded" },
      score = { least_intrusive = -2, repair = -1, respect = -1 },
      feedback = [[Defending the deal to a judge is a real concern, but nobody in the circle asked for these. Conditions added from outside answer nothing Ana needs and create breaches rather than repair.]],
    },
    choice { "Consent to the draft as the circle wrote it, and tell Mr. Feld why you are adding nothing",
      id = "consent-draft", to = "month_seven",
      set = { terms = "drafted" },
      score = { repair = 2, least_intrusive = 1, voluntary = 1 },
      feedback = [[The terms answer what Ana and Jordan asked for, at a pace he can keep, and add nothing from outside. Mr. Feld can be told plainly why: the judge will see terms that fit the harm.]],
    },
    choice { "Before consenting, ask Ms. Ocampo whether Ana wants the car-service costs she once mentioned added",
      id = "check-costs", to = "month_seven",
      set = { terms = "checked" },
      score = { victim_voice = 1, repair = 1, least_intrusive = -1 },
      feedback = [[A close call. It honors something Ana said, and she may want it. But she chose not to raise it in the circle, and reopening the terms from outside puts the office's idea of her needs back in the room.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 7. Monitoring and the end
  ---------------------------------------------------------------------------
  scene "month_seven" {
    title = "Month seven",
    text = function(v)
      local t = "Mr. Baptiste reports: Jordan sent his written answer in week four; Ana read it with Ms. Ocampo and kept it. He has paid $420 and passed two GED sections."
      if v.terms == "padded" then
        t = t .. " He has also broken the curfew three times, coming home from work."
      end
      return t .. [[


But he has missed three violence-intervention sessions since starting a night job at a warehouse. He says he cannot lose the job; the payments come from it.

Detective Harlan: Three misses. Violent felony. Why is he still out?]]
    end,
    notes = [[When an agreement hits trouble, ask whether the terms fit his life and adjust with the harmed party told, before anything else. Failing to complete must not be used to justify a harsher sentence (UN Basic Principles paras 15-17 [verify wording]).]],
    choice { "Ask Common Justice to move him to a group that fits his shifts and tell Ana's side; record the change",
      id = "adjust-schedule", to = { { 4, "completion" }, { 1, "returned-to-court" } },
      set = { ended = "stopped" },
      score = { repair = 2, least_intrusive = 1, voluntary = 1 },
      feedback = [[The misses come from a job that pays Ana back. Adjusting the schedule keeps the repair going. It costs something: no one tells Jordan plainly that missing sessions is serious, and some would want that said.]],
    },
    choice { "Restore the case and ask for the prison term, pointing to the misses and what he said in preparation",
      id = "restore-harsh", to = "returned-harsher",
      violation = "punished_after_agreement",
      score = { least_intrusive = -3, due_process = -3 },
      feedback = [[Failing to complete is not a new offense, and what he said in the program cannot be used against him. This does both, over a schedule clash.]],
    },
    choice { "Write to Ms. Daniels that one more missed session returns the case to court, so Jordan knows it counts",
      id = "last-warning", to = { { 4, "completion" }, { 1, "returned-to-court" } },
      set = { warned = true, ended = "stopped" },
      score = { accountability = 1, voluntary = -1, least_intrusive = -1 },
      feedback = [[A defensible call: holding him to his word has value, and he hears it plainly. But the misses come from a job that pays Ana back; a threat fixes nothing about the schedule, and Jordan may quit the job to keep the sessions.]],
    },
  },

  scene "completion" {
    title = "Month fifteen",
    text = function(v)
      local t = "Mr. Baptiste's closing report: every term complete. The $780 is paid; the GED is done."
      if v.warned then
        t = t .. " He kept every session after your letter, and lost the warehouse job to do it; a cousin lent him the last payments."
      end
      return t .. [[ Ana walks home from the subway again, most nights.

Mr. Feld: Dismiss the felony, fine. But ask for a year's probation on top so someone is watching him.

Detective Harlan wants the name of the repair shop buyer, which Jordan gave Mr. Baptiste in preparation.]]
    end,
    notes = [[Completion means no prison and the felony dismissed (Sered, B.5). Adding sanctions after completion, or mining the program's file, breaks the bargain the whole program rests on.]],
    choice { "Dismiss as promised, and tell Detective Harlan the program's file is closed to him",
      id = "keep-promise", to = "completed",
      score = { due_process = 3, respect = 1 },
      feedback = [[The promise kept. Jordan did everything he agreed to; the dismissal is what he was told completion would mean, and the file stays where it was promised to stay.]],
    },
    choice { "Dismiss the felony but ask for a year's probation, as Mr. Feld wants, so someone keeps an eye on him",
      id = "add-probation", to = "promise-broken",
      violation = "punished_after_agreement",
      score = { due_process = -3, least_intrusive = -2 },
      feedback = [[Probation after completion is a new sanction for an agreement he kept. It breaks the bargain and teaches every defense lawyer in the borough to steer clients away.]],
    },
    choice { "Dismiss, and pass the repair shop's name to Harlan: the fence is a separate crime and Jordan is done",
      id = "pass-name", to = "promise-broken",
      violation = "statements_used",
      score = { due_process = -3, respect = -1 },
      feedback = [[The fence is a real crime, but the name came from Jordan in confidence. Using it breaks the program's promise however separate the case, and Harlan can find the shop the ordinary way.]],
    },
  },

  ---------------------------------------------------------------------------
  -- Endings
  ---------------------------------------------------------------------------
  ending "completed" {
    title = "No prison, felony dismissed",
    text = function(v)
      local t = "The court dismisses the felony. Jordan has no prison term and no felony record."
      if v.flag == "assessed" then
        t = t .. " Ana never sat across from him; her surrogate did, and her letter and his answer did the rest."
      end
      if v.widened then
        t = t .. " The bodega allegation, never charged, still sits in his program file."
      end
      if v.pressed then
        t = t .. " At the closing, Ana tells Ms. Ocampo she is still not sure it was ever her choice."
      end
      if v.terms == "checked" then
        t = t .. " Asked about the car services, Ana said she had decided to let them go; she wished the office had trusted that."
      end
      return t .. "\n\nMs. Ocampo's services stay with Ana for as long as she wants them."
    end,
    outcome = {
      victim = "Ana chose the path, got her answer to why her, and was paid back; she walks home again, most nights.",
      accused = "Jordan repaired what he could, finished fifteen months of work and his GED, and has no felony record.",
      community = "A knife robbery was answered without prison and without pretending it was minor, and the office's word held.",
    },
    debrief = [[This is the Common Justice bargain kept: a case that would have gone to prison, a harmed party who chose freely, a responsible party who chose freely, an acknowledgement tested before the circle, terms from the circle, monitoring that adjusted instead of punished, and a dismissal. Notice what the careful path cost: an answer Ana wanted from you and did not get, weeks of waiting for counsel and for preparation, and a plain warning to Jordan you chose not to send.]],
  },

  ending "prosecuted" {
    title = "Prosecuted, with support",
    text = function(v)
      local t = [[The case proceeds on the offer the office would have made anyway, with restitution for the phone. Ms. Ocampo's services stay with Ana: counseling, a safety plan, the compensation claim. Jordan pleads to the robbery.

]]
      if v.answer == "letter" then
        return t .. "Three weeks later Ms. Ocampo gives Ana a letter. Jordan wrote that he picked her because she was alone and tired. She reads it twice and says it is enough."
      elseif v.answer == "allocution" then
        return t .. "At the plea Jordan mumbles that he \"needed money\" while the judge waits. Ana, in the back row, says it was not an answer to anything."
      end
      return t .. "Ana never learns why he chose her."
    end,
    outcome = {
      victim = "Ana's no was respected and cost her nothing; her support continued.",
      accused = "Jordan faces the ordinary sentence for the robbery, no harsher for a choice that was not his.",
      community = "The consent rule held, and the program's services reached a harmed party who did not use the program.",
    },
    debrief = [[Consent is the gate, and no is a complete answer. The case returns to the ordinary process without delay, no harsher and no softer, and Common Justice serves harmed parties whatever they decide.]],
  },

  ending "prosecuted-harsh" {
    title = "The maximum, because she said no",
    text = [[You ask for the top of the range. Ms. Daniels tells the judge the office is seeking more than its usual offer because Ms. Reyes declined a program. The judge asks the office to explain; Ana hears about it from Ms. Ocampo and asks whether her answer made this worse for him.]],
    outcome = {
      victim = "Ana's no has been turned into a weapon she did not ask for.",
      accused = "Jordan faces a harsher ask for a decision that was not his.",
      community = "Harmed parties learn that their answer changes the punishment, which puts a weight on a choice that should be free.",
    },
    debrief = [[Ana chose court; she did not choose the maximum. When a restorative route closes, the case is decided as it would have been. Pricing a refusal into the sentence makes the next harmed party's choice heavier.]],
  },

  ending "prosecuted-soft" {
    title = "Cut down to nothing",
    text = [[Jordan pleads to a misdemeanor with time served. Ana learns of it from a letter. She tells Ms. Ocampo she said no to a circle, not to justice.]],
    outcome = {
      victim = "Ana asked for court and got a case that shrank because she refused a program.",
      accused = "Jordan walks away from a knife robbery with a misdemeanor and no obligation to repair anything.",
      community = "Harmed parties learn that declining the program makes a case disappear.",
    },
    debrief = [[Declining a restorative route is not declining accountability. Cutting the case down because the harmed party said no penalizes her for using her right to refuse.]],
  },

  ending "prison-no-voice" {
    title = "The ordinary track",
    text = [[Jordan pleads to the robbery and is sentenced to state prison. Ana testifies at no trial; she is sent a letter with the sentence date. She never hears that another path existed until Ms. Daniels's sentencing memo mentions it.]],
    outcome = {
      victim = "Ana gets a sentence but no answers, and no say in what justice meant for her.",
      accused = "Jordan goes to prison at 19 with no record before this, having never been asked to face Ana or repair anything.",
      community = "A case the program was built for went the usual way because nobody asked the one person whose answer mattered.",
    },
    debrief = [[Prison was lawful here, and many harmed parties would choose it. The failure is that Ana was never asked. Common Justice takes serious violent felonies like this one, if and only if the harmed party says yes; the office's first job was to put that question to her.]],
  },

  ending "jordan-declines" {
    title = "Jordan declines",
    text = [[Ms. Daniels advises Jordan not to accept an offer made under threat, and he and his grandmother agree. The case goes back on the trial calendar. Ms. Ocampo has to tell Ana, who said yes, that there will be no circle.]],
    outcome = {
      victim = "Ana said yes and lost the path she chose, for reasons she had no part in.",
      accused = "Jordan, properly advised, faces trial instead of the program.",
      community = "Defense lawyers learn that the office uses the program as a lever.",
    },
    debrief = [[A restorative process needs the responsible party's free choice as much as the harmed party's. A threat of added counts turns an alternative to prison into a plea under duress, and careful counsel will advise against it.]],
  },

  ending "returned-to-court" {
    title = "Back to court, no harsher",
    text = function(v)
      if v.flag == "cancelled" then
        return [[You end the program and restore the case. Ana, who had asked a question, learns the answer was decided for her; Ms. Ocampo keeps her services in place. Jordan's case goes back to the calendar on the original charge, with nothing from the program used.]]
      end
      local t = "The program ends before completion."
      if v.ended == "not_ready" then
        t = "You take the case out of the program before preparation has run its course. Ana, who had chosen this path, hears it from Ms. Ocampo."
      elseif v.ended == "denial" then
        t = "The circle closes early. Ana decides, with Ms. Ocampo, that she wants nothing more from it."
      elseif v.ended == "withdrew" then
        t = "With the new facts and a safety plan, Ana decides she does not want to go on. It is her answer, and it is respected."
      elseif v.ended == "stopped" then
        if v.warned then
          t = "Jordan misses one more session after your letter, on a night the warehouse kept him late. The case goes back."
        else
          t = "Jordan stops coming after he loses the warehouse job, and does not answer Mr. Baptiste's calls for a month."
        end
      end
      return t .. [[ The case goes back on the calendar on the original charge. You ask for nothing harsher than you would have at the start, and nothing from the program's file goes into the case. Ms. Ocampo's services stay with Ana.]]
    end,
    outcome = {
      victim = "Ana is told honestly why the process ended and keeps her support.",
      accused = "Jordan faces the original charge, no worse off for having tried.",
      community = "The program's rules hold even when a case does not finish.",
    },
    debrief = [[Not every case completes: a harmed party may withdraw after a new fear, a responsible party may not be ready, or a plan may fail. The case returns without delay and without penalty. If the office ended it over Ana's head, or before preparation had done its work, ask whose choice that was.]],
  },

  ending "returned-harsher" {
    title = "Punished for trying",
    text = [[You restore the case and ask for prison, citing the missed sessions and what Jordan told Mr. Baptiste. Ms. Daniels objects that program statements cannot be used, and shows the payments and the GED sections. The judge strikes the statements and asks why the office wants more now than at the start.]],
    outcome = {
      victim = "Ana's repair, half paid, stops; she is told the office is seeking prison over a schedule clash.",
      accused = "Jordan is treated more harshly for having tried than if he had never entered the program.",
      community = "Referrals fall as defense lawyers learn the program is a risk.",
    },
    debrief = [[Failing to complete returns a case to the ordinary process; it is not a new offense. First ask whether the terms fit his life, and adjust them with the harmed party told.]],
  },

  ending "promise-broken" {
    title = "Promise broken",
    text = [[Ms. Daniels learns what the office did within a week and takes it to the judge, showing every term performed. Word reaches the other defense lawyers in the borough. Ana asks Ms. Ocampo whether what her surrogate said in the circle is in a police file too.]],
    outcome = {
      victim = "Ana's trust in the process she chose is shaken at the very end.",
      accused = "Jordan kept his side; the office did not.",
      community = "Defense lawyers learn the office's promises can be bargained away, and steer clients off the program.",
    },
    debrief = [[Completion means no prison and the felony dismissed, with the program's file kept where it was promised to stay. Adding probation or mining the file afterwards breaks the bargain the program depends on.]],
  },

  ending "reharmed" {
    title = "Ana is hurt again",
    text = function(v)
      if v.flag == "ignored" then
        return [[On the morning of the circle the cousin is outside Ana's building again. She comes anyway, with Tomás, and sits shaking. Halfway through she leaves. Afterwards she stops going to work for a week and asks Ms. Ocampo to end it.]]
      end
      return [[Ana comes back in. Jordan says again that the knife was closed. Ana leaves for good. She tells Ms. Ocampo the circle was worse than the parkway, because this time people were watching and let it happen.]]
    end,
    outcome = {
      victim = "Ana is harmed again by a process that was meant to help her.",
      accused = "Jordan leaves without having repaired anything, and the program ends.",
      community = "Word spreads that the program put a frightened woman in a room she should not have been in.",
    },
    debrief = [[A red flag ignored or a denial pushed through: each was visible beforehand. Common Justice calls itself safety-driven for this reason. Stopping to assess, and giving the choice back to the harmed party, is how a process avoids becoming another harm.]],
  },
}
