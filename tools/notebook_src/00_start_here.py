# %% [markdown]
# # 00 · Start here: five articles about one treaty
#
# **Time:** 50 minutes for the core parts; the two extension parts add about 8 minutes (homework, or a fast class).
# **You need:** nothing but curiosity. No Python experience is assumed: you will run cells and type answers, not
# write programs.
#
# **By the end you will be able to:**
# 1. run a notebook cell by cell, and recover when Python complains (`SyntaxError`, `NameError`, a restart);
# 2. name the four habits of reading a source like a historian, and the four SIFT moves;
# 3. read a whole article as a document: who wrote it, when, what kind of text it is, and how sure we are of each;
# 4. tell what a web page's *scraper* picked up that is not part of the article, and what a web poll can show;
# 5. give a first sourcing verdict on a text, with a reason and a line number as evidence.
#
# **The question for this lesson:** *before you use a web article, what do you need to know about it, and how can
# you find out?*
#
# | part | what you do | minutes | |
# |---|---|---|---|
# | 1 | run cells; what errors look like and how to recover | 7 | core |
# | 2 | the toolkit card: four habits and SIFT | 4 | core |
# | 3 | **read the first document** (the news summary, whole) and give a sourcing verdict | 14 | core |
# | 4 | the five articles at a glance | 6 | core |
# | 5 | **read the second document** (the fragment, whole): a text that is not whole | 7 | core |
# | 6 | what the scraper picked up: the reader poll | 8 | core |
# | 7 | discuss | 4 | core |
# | 8 | a first look at highlighted words | 5 | extension |
# | 9 | adding this week's article (for teachers) | 3 | extension |
#
# Minutes count reading at about 200 words a minute, plus time to answer and to talk.
#
# > **If something goes wrong:** a `NameError` almost always means a cell above has not been run. Use the menu
# > *Kernel → Restart Kernel and Run All Cells…* and carry on from where you were. Your typed answers stay in their
# > cells; only what Python remembers is forgotten.

# %% [markdown]
# ## Part 1 · How to run a notebook (core, 7 minutes)
#
# A notebook is a page of **cells**. Text cells (like this one) explain; code cells (grey boxes with `[ ]` beside
# them) do something when you run them.
#
# - **Run a cell:** click in it and press **Shift + Enter**. The `[ ]` becomes `[*]` while it runs and then a number.
# - **Run them in order.** Later cells use what earlier cells made.
# - **Nothing you do here can break the pack.** The articles are read, never changed. If a notebook gets into a mess,
#   close it without saving, or ask your teacher for a fresh copy.
#
# Run the next cell. It loads a small helper library that comes with the pack (ordinary Python files in the
# `helpers/` folder, which you can open and read).

# %%
from helpers import check, hint, load_seeds, reveal
from helpers.glossary import define, glossary
from helpers.reading import read
from helpers.troubleshoot import RESTART, error_example

corpus = load_seeds()
corpus

# %% [markdown]
# ### When Python complains
#
# Sooner or later a cell will answer with a red box. That is normal, and nothing is broken. The two you will meet
# most are a **`SyntaxError`** (Python cannot read what you typed) and a **`NameError`** (Python does not know a
# name yet). Here is what each looks like, made with a real broken line:

# %%
error_example("SyntaxError")
print()
error_example("NameError")

# %% [markdown]
# And the **kernel** (the Python program behind the notebook, which remembers what the cells made):

# %%
print(RESTART)

# %% [markdown]
# **Try it (optional, 1 minute):** click the `+` in the toolbar to make a new cell, type `corpuss` (one *s* too many)
# and run it. You will see a red `NameError` box. Delete that cell (the scissors icon): nothing else has changed.

# %% [markdown]
# ## Part 2 · Your toolkit card (core, 4 minutes)
#
# Historians and fact-checkers ask the same few questions of every source. This pack uses two sets of them, and every
# later activity says which one it practises. Keep this card in mind (it comes back in every notebook):
#
# | habit (Reading Like a Historian) | the question | in this pack |
# |---|---|---|
# | **sourcing** | Who made this, when, where and why? | headnotes, bylines, dating an undated text (00, 01, 04) |
# | **contextualisation** | What was going on when it was written, and what could its writer know? | the timeline (01), the treaty's dates (02) |
# | **corroboration** | What do other, independent sources say? | the claims register and the matrix (04) |
# | **close reading** | What does it claim, on what evidence, in which words? | the treaty's wording (02), hedges and loaded words (04) |
#
# | SIFT move (Mike Caulfield) | what you do |
# |---|---|
# | **S**top | Notice a strong reaction or an unknown source; remember what you wanted to find out. |
# | **I**nvestigate the source | Leave the page for a minute: who is behind it? (this is **lateral reading**) |
# | **F**ind better coverage | Look for a more reliable source on the same claim. |
# | **T**race claims | Follow a quote or a number back to where it was first said. |
#
# The four habits come from Stanford's *Reading Like a Historian* curriculum (now the Digital Inquiry Group,
# [DIG](https://ed.stanford.edu/news/changing-history-course)); SIFT from Mike Caulfield
# ([his own description](https://hapgood.us/2019/06/19/sift-the-four-moves)). **Lateral reading**, reading *across*
# other sites about a source instead of staying on it, is what professional fact-checkers do first
# ([Civic Online Reasoning](https://cor.inquirygroup.org/research/lateral-reading-and-the-nature-of-expertise/)).
# Notebook 04 practises it.

# %% [markdown]
# ## Part 3 · The first document: an unsigned news summary (core, 14 minutes)
#
# **Habit: sourcing.** In July 2001 the leaders of China and Russia signed a *Treaty of Good-Neighborliness and
# Friendly Cooperation*. A **treaty** is a written agreement between states that binds them once each has approved
# it. Twenty years later, in June 2021, they announced that it would carry on for another five years. This pack
# teaches that subject through **five real web articles**, collected as they were found, and very uneven. Each has a
# short **id**: `summary`, `essay`, `oped`, `explainer` and `fragment`.
#
# Start with a document. Read the whole news summary below (about 3 minutes). First read the **headnote** above the
# text: it says what we know about who wrote it and when, and how sure we are. The lines are numbered so that you
# can point to evidence ("line 9"). Hard words are explained in the glossary under the text. (Line 1 is not part of
# the article: the program that copied the page, the *scraper*, picked up the headline as a web link. Such lines
# are marked **page clutter**.) One prefix you will meet everywhere: **Sino-** means Chinese, so "Sino-Russian" means
# Chinese-Russian (the summary writes it the other way round, "Russian-Sino", line 8).

# %%
read("summary")

# %% [markdown]
# ### Exercise 1 · Who is behind it? (sourcing, judgement)
#
# Which statement about the summary does the headnote and the text support? Answer with one letter, in quotes.
#
# - **a** It was written by a news agency, so it is reliable.
# - **b** We do not know who wrote it or where it appeared, so to source it we would have to leave the page.
# - **c** It was written by Putin's office, because it reports what Putin said.
# - **d** It was written in 2001, when the treaty was signed.

# %% exercise="00.summary_who" tags=["answer"]
summary_who = ...  # for example "a"

# %%
check("00.summary_who")

# %% [markdown]
# ### Exercise 2 · Your first sourcing verdict (sourcing, writing)
#
# Suppose you are writing a school essay and want to say that in 2021 the treaty was extended for five more years.
# **Would you cite this summary as your evidence?** Give a verdict, a reason, and a line number, like this:
#
# > *"Verdict: ... because ... (line ...)."*
#
# There is no single right answer; a reason and a line number make any verdict worth discussing. This answer is
# **kept** (in the folder `my_answers/`): notebook 04 brings it back so you can see how your judgement has changed.

# %% exercise="00.sourcing" tags=["answer"]
first_sourcing = ...  # replace ... with your answer in quotes: "Verdict: ... because ... (line ...)."

# %%
check("00.sourcing")

# %%
from helpers.keep import keep_answer

keep_answer("00.sourcing", first_sourcing)

# %% [markdown]
# ## Part 4 · The five articles at a glance (core, 6 minutes)
#
# **Habit: sourcing.** The table below is the pack's **catalog**: what we know about each article. It comes from
# `seeds/catalog.csv`, which you can open in JupyterLab like a spreadsheet. Where something is not known, the catalog
# says **unknown** instead of guessing. *date_status* says how we know the date: `stated` (printed in the article),
# `estimated` (worked out from clues inside it), `unknown` (even the clues give out). A **byline** is the line that
# names the writer.

# %%
from helpers.tables import table

catalog = corpus.frame()
table(catalog[["author", "published", "date_status", "genre", "words", "truncated"]])

# %% [markdown]
# The same as a picture: bar length is the number of words, colour and pattern show how well we know the date.

# %%
import matplotlib.pyplot as plt

from helpers.corpus_plots import describe_lengths, plot_lengths

plot_lengths(catalog)
plt.show()
print(describe_lengths(catalog))

# %% [markdown]
# Length is not quality. But notice: the longest article is the only one that prints its date, while the second
# longest, the explainer, cannot be dated at all.
#
# ### Exercise 3 · Which articles name a writer? (sourcing, look-up)
#
# For each article write `"yes"` if it names its writer (a byline) or `"no"` if it does not.

# %% exercise="00.bylines" tags=["answer"]
named_author = {"summary": ..., "essay": ..., "oped": ..., "explainer": ..., "fragment": ...}  # "yes" or "no"

# %%
check("00.bylines")

# %% [markdown]
# ### Exercise 4 · When does a missing date matter most? (contextualisation, judgement)
#
# The explainer cannot be dated. For which **one** of these uses does that matter most? Answer with a letter.
#
# - **a** quoting its description of the 1969 border clash
# - **b** quoting its claim that trade between the two countries "has grown significantly in recent years"
# - **c** using it as an example of a chatty writing style
# - **d** counting how many words it has

# %% exercise="00.date_matters" tags=["answer"]
date_matters_most = ...  # a letter in quotes

# %%
check("00.date_matters")

# %% [markdown]
# ## Part 5 · The second document: a text that is not whole (core, 7 minutes)
#
# **Habits: sourcing and close reading.** Read the whole fragment (about 2 minutes). Look at the headnote first: no
# writer, no date, no title. Then read to the very last line. It uses **geopolitical** (line 15) in the sense the
# glossary gives: about power between states as shaped by geography.

# %%
read("fragment")

# %% [markdown]
# ### Exercise 5 · What does the cut-off tell us? (close reading, judgement)
#
# The text stops at "Similarly, in" (line 40). Which conclusion is justified? Answer with a letter.
#
# - **a** The writer ran out of ideas, so the argument is weak.
# - **b** The text is false, because an incomplete text cannot be trusted.
# - **c** Whoever collected it did not keep the whole text, so we cannot know what came next, and should not
#   guess what the full argument was.
# - **d** Nothing: a missing ending never matters.

# %% exercise="00.truncated" tags=["answer"]
cut_off_means = ...  # a letter in quotes

# %%
check("00.truncated")

# %% [markdown]
# The loader notices a cut-off text on its own and records it, so a later notebook never quietly treats a fragment
# as a whole article:

# %%
print("truncated:", corpus["fragment"].truncated)
print("it stops at:", repr(corpus["fragment"].truncation.text))

# %% [markdown]
# ## Part 6 · What the scraper picked up (core, 8 minutes)
#
# **Habit: sourcing.** When a program copies (*scrapes*) an article from a web page, it often takes more than the
# article: photo credits without the photo, share buttons, menus, polls. The pack's loader sets these lines aside as
# **page clutter**, but keeps them: they are evidence about where the text came from. The essay has the most. Here
# are its lines 1 to 30 (you will read the whole essay in notebook 01); the clutter lines are marked:

# %%
read("essay", lines=(1, 30), glossary=False)

# %% [markdown]
# And everything the loader set aside from the essay, with where it sits in the file (`start` and `end` count
# characters from the beginning of the file):

# %%
import pandas as pd

essay = corpus["essay"]
table(pd.DataFrame([{"kind": c.kind, "text": c.text, "start": c.start, "end": c.end} for c in essay.clutter]))

# %% [markdown]
# - **"REUTERS/Tingshu Wang"** is a photo credit: the photo came from the Reuters news agency, but it is gone.
# - **"Share this article"** and **"For business / For researchers / For students"** are a button and a menu of the
#   website: the essay sat on a larger site with several audiences.
# - **The poll** asked readers what they think the United States' long-term goals for Russia are.
#
# ### Exercise 6 · How many people answered the poll? (procedure)
#
# Add up the four vote counts in the table (write the sum, or the addition itself, e.g. `10 + 20`).

# %% exercise="00.poll_votes" tags=["answer"]
poll_votes = ...  # a number, or an addition such as 10 + 20

# %%
check("00.poll_votes")

# %% [markdown]
# ### Exercise 7 · What can the poll show? (sourcing, judgement)
#
# The biggest option got 31% of the votes. Which **one** statement does the poll support? Answer with a letter.
#
# - **a** About a third of Americans think the United States wants a partnership with Russia on its own terms.
# - **b** Of the visitors to this page who chose to vote, about a third picked that option.
# - **c** Russia's government fears what the United States wants.
# - **d** Readers of serious analysis mostly see US policy as friendly.

# %% exercise="00.poll_claim" tags=["answer"]
poll_supports = ...  # a letter in quotes

# %%
check("00.poll_claim")

# %% [markdown]
# Voters who choose themselves, by visiting a page and bothering to click, are a **self-selected sample**: their
# votes describe only them.
#
# ## Part 7 · Discuss (core, 4 minutes)
#
# > **Discuss:** which of the five articles would you cite in a school essay, based only on what you have seen so
# > far? For which claim? What would you need to find out first, and where would you look (on the page, or off it)?
#
# Here are the hard words this notebook introduced, in one place (the whole glossary is
# `helpers/data/glossary.csv`; `define("regime")` prints one definition):

# %%
glossary("00")

# %% [markdown]
# ## Part 8 · A first look at highlighted words (extension, 5 minutes)
#
# **Habit: close reading.** The pack can also point at *words*. Its annotator marks, for example, people, places and
# dates, and how sure of itself a text sounds. Each mark points back to the exact characters it came from. Here are
# the first two sentences of the summary with people, places and dates marked (in JupyterLab, hover over a
# highlight to see what it is):

# %%
from helpers.display import show

show(corpus["summary"], layers=["entities", "dates"], sentences=(0, 2))

# %% [markdown]
# **"This week"** is marked as a *relative* date: it tells us the summary was written within days of the renewal,
# but only if we already know when the renewal happened. That is how the catalog's estimate was made.
#
# Here is the opening of the explainer with its **stance** words marked: words that show how the writer talks to you
# and how sure they sound.

# %%
show(corpus["explainer"], layers=["stance"], sentences=(0, 7))

# %% [markdown]
# "Hey guys", "buckle up" and "super complex" are *informal register*: the voice of a video or a chat, not of a
# report. That is a clue about what kind of text this is and who it was written for, never proof that it is wrong.

# %% [markdown]
# ## Part 9 · Adding this week's article (extension, for teachers and curious students, 3 minutes)
#
# Save any article as a plain-text file in the `my_articles/` folder (next to `notebooks/`), with a short header,
# a blank line, and then the text:
#
# ```
# title: Russia and China extend their friendship treaty
# author: Jane Doe
# outlet: Example News
# published: 2021-06-29
# url: https://example.org/news/treaty
# genre: news report
#
# The leaders of Russia and China ...
# ```
#
# Only `title` is required; `published` is written `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `unknown`. To check a file
# before class, run `python -m helpers check my_articles/yourfile.txt` in a terminal. `read("my-file-id")` does not
# find added files by id; use `read(everything["yourfile"])` after the cell below. The cell loads the five seeds
# **plus** whatever is in `my_articles/`; a file with a problem is named, with the reason, and the rest still load.

# %% tags=["nbval-ignore-output"]
# Output not compared by nbval: it depends on which articles you have added to my_articles/.
from helpers import load_corpus

everything = load_corpus()
everything.frame()[["author", "published", "words", "truncated"]]

# %% [markdown]
# ## Where next
#
# | notebook | what it covers | core | extension |
# |---|---|---|---|
# | **00 Start here** (this one) | the toolkit; two documents read whole; who wrote it and when? | 50 min | 8 min |
# | **01 History** | the essay as a document; from the 1950 alliance to today on a sourced timeline; dating a text | 50 min | 45 min |
# | **02 The treaty** | the op-ed's treaty claims; what the treaty says; how it renews; signing vs ratifying | 50 min | 35 min |
# | **03 Cooperation** | energy, trade and money, arms and exercises, the Arctic and technology: partners of equals, or does one need the other more? | 50 min (four-station jigsaw) | see 03 (60–70 min if worked alone) |
# | **04 Critical reading** | lateral reading; claims, corroboration, framing; a source you have not seen | 50 min | 60 min |
# | **05 Capstone** | judge a new article of your own choosing | 50 min | see 05 |
