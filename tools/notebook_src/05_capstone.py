# %% [markdown]
# # 05 · Capstone: judge an article you have never seen
#
# **Time:** 50 minutes in class (parts 0–7, the core), then 25–30 minutes for the verdict memo (part 8) as homework
# or a second lesson. Part 9 (the rubric and two example memos) takes 10 minutes and can come before or after the memo.
# **You need:** notebooks 00 and 04 (the moves you will use here are all taught there).
#
# **By the end you will be able to:**
# 1. work through the whole routine of the course on a text you have not seen before, on your own;
# 2. say who is behind a text and plan the searches you would make **outside** the page (lateral reading);
# 3. date a text and say what its writer could, and could not, have known;
# 4. audit claims with exact quotations, corroborate them against other sources, and name framing choices;
# 5. use the pack's tools as leads, and say when a tool raises a **false alarm**;
# 6. write a short, evidence-based verdict: *should this article be used in a class briefing, for what, and with
#    which warnings?*
#
# | part | what you do | minutes | core? |
# |---|---|---|---|
# | 0 | choose the article | 3 | core |
# | 1 | stop and predict, then read it whole | 5 | core |
# | 2 | who is behind it? (and what you would look up outside the page) | 6 | core |
# | 3 | when was it written, and what could the writer know? | 7 | core |
# | 4 | audit three claims, with quotations | 12 | core |
# | 5 | corroborate against two other sources in the pack | 7 | core |
# | 6 | two framing choices and their alternatives | 5 | core |
# | 7 | run the profile: one useful lead, one false alarm | 5 | core |
# | 8 | the verdict memo (250–400 words) | 25–30 | extension: homework or a second lesson |
# | 9 | the rubric and two example memos; hand in your work | 10 | extension / hand-in |

# %% [markdown]
# ## How this notebook works
#
# Until now the pack chose the texts and the questions. Here you do the choosing and the judging. Every notebook
# before this one asked you to practise **one** move at a time; a careful reader uses them all, in order, on a text
# they meet for the first time. That is what this notebook asks of you.
#
# You will judge **one article**. The pack comes with five short *practice articles* written for it: a wire report,
# a state-media report, a think-tank brief, a blog post and an op-ed. Every fact in them is true and sourced, except
# the flaws we planted on purpose for you to catch. (They are labelled as practice texts in their headers: no real
# agency or newspaper published them.) Your teacher may instead give you a real article saved in `my_articles/`.
#
# Each step ends with a **written answer** that is saved for your teacher. A program cannot judge writing, so you
# will never get a tick here: `check` saves your answer, shows what it can see in it (key ideas, and whether your
# quotations really are in the article) and leaves the judgement to a person. At the end you export everything
# into one file to hand in.
#
# Run the first cell to load the tools.

# %%
from helpers import check, date_article, hint, reveal
from helpers.capstone import (choose_article, clue_table, find_in_pack, known_by_then, memo_levels, print_article,
                              rubric_table, show_memo, signal_words)
from helpers.display import show
from helpers.practice import practice_table
from helpers.profiles import profile, signal_evidence
from helpers.tables import table

table(practice_table())

# %% [markdown]
# ## Part 0 · Choose your article (core, 3 minutes)
#
# The table above lists the practice articles. Put the id of the one you will judge between the quotation marks in
# the next cell, then run it. You can also use a seed id (`summary`, `essay`, `oped`, `explainer`, `fragment`) or
# an article your teacher saved in `my_articles/` (its file name without `.txt`).
#
# This notebook is stored showing the wire report, `"wire-xi-moscow"`. If you pick another article, run every cell
# again from here down (click in the next cell, then menu *Run → Run Selected Cell and All Below*): all the tables
# will change to your article.

# %%
ARTICLE = "wire-xi-moscow"
article = choose_article(ARTICLE)
article

# %% [markdown]
# ## Part 1 · Stop and predict (core, 5 minutes)
#
# The first move of SIFT is **Stop**. Before you read closely, notice your own reaction. Look first only at the
# header below (title, author, outlet, date, genre) and paragraph [1]. What kind of text is this? What do you expect
# it to claim, and what is your first gut reaction to it? Writing the prediction down lets you check, at the end,
# whether your first impression was fair.

# %%
print_article(article)

# %% [markdown]
# Now read the whole text once, at normal speed. Then write your prediction (two or three sentences): what kind of
# text it is, what you expected it to claim, and your first reaction.

# %% exercise="05.predict" tags=["answer"]
prediction = ...  # replace ... with your answer in quotes: "It looks like ... I expect ... My first reaction ..."

# %%
check("05.predict", article=article)

# %% [markdown]
# ## Part 2 · Who is behind it? (core, 6 minutes)
#
# *Sourcing* asks who made a text and why. The header gives you what the text says about itself; the profile's first
# columns say what the pack could establish.

# %%
table(profile(article)[["words", "byline", "date_status", "outlet_known", "named_sources_per_1000",
                        "vague_sources_per_1000"]])

# %% [markdown]
# A text cannot vouch for itself. Professional fact-checkers **leave the page**: they open new tabs and find out what
# others say about the author, the outlet and the people it quotes (*lateral reading*, from Civic Online Reasoning).
# You may not be online in class, so plan the searches: which three would you run first, and what result would make
# you trust the text more, or less? For a practice text, also say what you would conclude if the searches found
# nothing at all.

# %% exercise="05.sourcing" tags=["answer"]
behind_it = ...  # replace ... with your answer in quotes: who is behind it, what is missing, three searches and why

# %%
check("05.sourcing", article=article)

# %% [markdown]
# ## Part 3 · When was it written, and what could the writer know? (core, 7 minutes)
#
# *Contextualisation* starts with a date. The date detective from notebook 01 collects every clue to the date in the
# text (dates, years, people named with an office, named events, words like "last month") and says what they add up
# to. Read the verdict, then the clues behind it: you may disagree with one.

# %%
dating = date_article(article)
print(dating.verdict)
table(clue_table(dating))

# %% [markdown]
# A date tells you what the writer **could not** have known. The timeline's events near the date (the date in the
# header; for an undated text, the earliest date its clues allow) show what had already happened and what had not.
# The pack's timeline stops in 2023, so for a later text you will have to add what you know yourself.

# %%
table(known_by_then(article, dating))

# %% [markdown]
# Write the date or date range you accept, the clue it rests on, and one thing the writer could **not** have known
# when writing. If a claim in the text uses words like "now", "still" or "last year", say whether it might be out of
# date today.

# %% exercise="05.dating" tags=["answer"]
when_written = ...  # replace ... with your answer in quotes: "Written ... because ... The writer could not know ..."

# %%
check("05.dating", article=article)

# %% [markdown]
# ## Part 4 · Audit three claims (core, 12 minutes)
#
# *Close reading* and checking. The attribution layer marks who is said to be speaking: named sources, vague ones
# ("many analysts") and quotations. Hover over a highlight for a note.

# %%
show(article, layers=["attribution"])

# %% [markdown]
# Choose **three claims** that matter for whether the article can be trusted: at least one figure or fact, and at
# least one that the highlighting above does *not* mark. For each give the article's exact words in quotation marks,
# its **type** (fact, opinion, prediction or recommendation), your **verdict** (accurate, partly accurate,
# inaccurate, contested or unverifiable) and the **evidence** (a source in the pack, or what you would need to find).
# The next part helps you find evidence; you can come back here.
#
# A layout that works (write it as one text; a new line inside the quotes is fine if you use three quotation marks):
#
#     Claim 1: "exact words" | type: fact | verdict: ... | evidence: ...
#     Claim 2: ...
#     Claim 3: ...

# %% exercise="05.claims" tags=["answer"]
claims_audit = ...  # replace ... with your three claims, each with "exact words", type, verdict and evidence

# %%
check("05.claims", article=article)

# %% [markdown]
# ## Part 5 · Corroborate (core, 7 minutes)
#
# *Corroboration*: what do other sources say? `find_in_pack(word, exclude=article)` finds every sentence that
# contains a word in the pack's other articles (the five seeds and the other practice articles) and in its sourced
# data (the timeline, the treaty digest and the trade table). Change the word to one that matters for a claim you
# audited and run the cell again, as often as you like.

# %%
table(find_in_pack("abstain", exclude=article))

# %%
table(find_in_pack("record", exclude=article))

# %% [markdown]
# Words that work well: a name (`"Kazan"`), an event (`"abstain"`, `"pipeline"`), or `"trade"` for the trade table's
# figure for every year. A search that finds nothing is an answer too: the pack is silent on that point.
#
# Name **two** other sources from the pack and what each says about a specific point in your article: do they agree,
# disagree, or stay silent? Which source would you trust more on that point, and why?

# %% exercise="05.corroborate" tags=["answer"]
corroboration = ...  # replace ... with your answer in quotes: "Source 1 (...) says ... Source 2 (...) says ..."

# %%
check("05.corroborate", article=article)

# %% [markdown]
# ## Part 6 · Framing (core, 5 minutes)
#
# The same events can be told in words that push a reader one way. The stance layer marks loaded words, boosters
# (certainty words) and hedges; framing can also lie in what a text leaves out, or in a label it takes over from
# one side.

# %%
show(article, layers=["stance"])

# %% [markdown]
# Name **two framing choices** in your article (quote the words) and give a more neutral alternative for each, or
# say what the text leaves out. Say what each choice does to a reader.

# %% exercise="05.framing" tags=["answer"]
framing_choices = ...  # replace ... with your answer in quotes: 'The word "..." ... a neutral alternative is ...'

# %%
check("05.framing", article=article)

# %% [markdown]
# ## Part 7 · Run the profile: a useful lead and a false alarm (core, 5 minutes)
#
# The profile from notebook 04 counts signals and points at the words behind each count. A count is a reason to
# look, never a verdict, and a tool can be wrong: a word on the "loaded" list can be used in a neutral, technical
# sense, and a "named source" can be a place name. Here are the words behind three signals:

# %%
table(signal_words(article, ["vague_sources_per_1000", "loaded", "hedges_per_1000"]))

# %% [markdown]
# Name **one useful lead** (a flag that pointed you to a real problem or strength, and what you found when you
# looked) and **one false alarm** (a flag that turned out not to matter, and why). If the profile missed something
# important, say what.

# %% exercise="05.profile" tags=["answer"]
lead_and_false_alarm = ...  # replace ... with your answer in quotes: "Useful lead: ... False alarm: ..."

# %%
check("05.profile", article=article)

# %% [markdown]
# > **Discuss:** which of your seven answers so far would change most if you could go online for five minutes?

# %% [markdown]
# ## Part 8 · The verdict memo, as homework or in a second lesson (extension, 30 minutes)
#
# Your school is preparing a one-page class briefing on Russia–China relations. **Should this article be used in it,
# for what, and with which warnings?** Write a memo of 250–400 words to the teacher in charge. A memo that does
# well:
#
# - starts with a clear recommendation (use it, use it with warnings, or do not use it) **for a stated purpose**
#   (for example: as a record of what was said on a date, as an example of one side's view, as a source of figures);
# - gives the reasons, with the article's **exact words in quotation marks** and the pack's sources;
# - says when it was written and what that means for its claims;
# - lists specific warnings, each pointing to the words it is about;
# - answers the strongest objection to its own verdict.
#
# The rubric your teacher will use is in part 9; read it first if you like. `check` counts your words, verifies your
# quotations against the article and saves the memo.

# %% exercise="05.memo" tags=["answer"]
memo = ...  # replace ... with your memo in triple quotes: """Recommendation: ... """

# %%
check("05.memo", article=article)

# %% [markdown]
# ## Part 9 · The rubric, two example memos, and handing in (extension, 10 minutes)
#
# Your teacher marks the capstone against five criteria, each at four levels. The rubric is a plain CSV file,
# `helpers/data/capstone_rubric.csv`, so you can open it and see exactly what each level asks for.

# %%
table(rubric_table())

# %% [markdown]
# Two example memos on the wire report show the difference between the levels. **If you judged the wire report
# yourself, write your own memo first**: reading these before you write would spoil the exercise. Each example
# comes with its level on every criterion and the marker's notes.

# %%
table(memo_levels())

# %%
show_memo("weak")

# %%
show_memo("strong")

# %% [markdown]
# > **Discuss:** the strong memo still gets only "secure" for sourcing. What would it need to add to reach
# > "excellent"?
#
# ### Hand in your work
#
# When you have answered everything you can, put your name in the last cell and run it. It writes one web page
# (in the `answers/` folder of the pack) with every answer you checked in this session, the automatic notes on each,
# and your written answers in full; it never overwrites an earlier file. Open it in a browser to read or print it,
# and give it to your teacher (or upload it where your teacher says). If you restarted the notebook since you last
# checked an answer, run its check cell again first: only answers checked in this session are exported.

# %%
from helpers.export import export_answers

STUDENT_NAME = ""  # write your name between the quotes, then run this cell
if STUDENT_NAME.strip():
    export_answers(name=STUDENT_NAME, notebook="05")
else:
    print("Write your name between the quotes after STUDENT_NAME, then run this cell again to save your answers.")

# %% [markdown]
# ### After you have handed in: the answer key
#
# For a practice article, the pack keeps a key of everything planted in it, with where it is and its sources. Look at
# it only **after** handing in: in a new cell, run `load_answer_key(ARTICLE)` (import it first with
# `from helpers.practice import load_answer_key`). Compare it with your answers. Did you find something the key
# does not list? Tell your teacher: a key can be incomplete too.
