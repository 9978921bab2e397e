# %% [markdown]
# # 02 · The treaty: what it says, how it renews, and whether the articles get it right
#
# **Time:** 50 minutes for the core (parts 1–6). Parts 7–11 are extensions (about 35 minutes: a second lesson or
# homework).
# **You need:** notebook 00 (how to run cells, the toolkit card). No Python experience is assumed; each exercise has
# a template to fill in.
#
# **By the end you will be able to:**
# 1. say what a friendship treaty is and is not, and tell **signing** from **ratifying**;
# 2. find your way round the treaty's 25 articles by theme, and say how sure we are of each summary;
# 3. explain why Articles 8 and 9 do **not** make China and Russia allies, by comparing them with the 1950
#    Sino-Soviet treaty and NATO's Article 5;
# 4. work out when the treaty's current period ends and when notice to leave it was due;
# 5. (extension) check what three of our articles say about the treaty, and trace one claim to where its wording
#    came from.
#
# **The question for this lesson:** three of our five articles report that the treaty was renewed or extended, and
# the op-ed builds an argument on three of its articles. Do they describe it correctly?
#
# | part | what you do | habit | minutes | |
# |---|---|---|---|---|
# | 1 | **read the document**: what the op-ed says about the treaty | close reading | 7 | core |
# | 2 | what a treaty is; from signature to force | contextualisation | 8 | core |
# | 3 | a tour of the 25 articles, and how sure we are | sourcing | 9 | core |
# | 4 | security: why "not an alliance" matters | close reading | 10 | core |
# | 5 | Taiwan, the border, nuclear weapons | close reading, contextualisation | 4 | core |
# | 6 | the renewal clause: when did the 2021 meetings happen? | contextualisation | 12 | core |
# | 7 | check the articles against the treaty | corroboration | 12 | extension |
# | 8 | trace a claim to where its wording came from | corroboration | 8 | extension |
# | 9 | explore any part of the treaty | | 3 | extension |
# | 10 | read the treaty itself | sourcing | 3 | extension |
# | 11 | discuss; in your own words | all four | 9 | extension |
#
# > **If something goes wrong:** a `NameError` means a cell above has not been run (or the kernel restarted). Use
# > *Kernel → Restart Kernel and Run All Cells…*; your typed answers stay in their cells.

# %% [markdown]
# ## Part 1 · The document: what the op-ed says about the treaty (core, 7 minutes)
#
# **Habit: close reading.** The op-ed (you will read it whole in notebook 04) reports the extension and builds an
# argument on three of the treaty's articles. Here are the two passages (about 2 minutes):

# %%
import matplotlib.pyplot as plt
import pandas as pd

from helpers import check, hint, load_seeds, reveal
from helpers.reading import read
from helpers.tables import table

corpus = load_seeds()
read("oped", lines=(11, 15))

# %%
read("oped", lines=(44, 62), glossary=False)

# %% [markdown]
# ### Exercise 1 · What does the op-ed use the treaty for? (close reading, analysis)
#
# Answer with one letter, in quotes.
#
# - **a** To argue that some form of alliance is "not completely unrealistic" (lines 44–54).
# - **b** To show that the treaty is a mutual-defence pact.
# - **c** To show that the treaty forbids any alliance between them.
# - **d** To argue that the treaty has expired.

# %% exercise="02.oped_use" tags=["answer"]
oped_uses_treaty = ...  # a letter in quotes

# %%
check("02.oped_use")

# %% [markdown]
# Keep those lines in view: by the end of part 4 you can judge whether Articles 7, 9 and 16 say what the op-ed says.

# %% [markdown]
# ## Part 2 · What a treaty is, and how one comes into force (core, 8 minutes)
#
# **Habit: contextualisation.** A **treaty** binds states under international law once it enters into force. The
# 2001 one sets out **principles** for how two neighbours treat each other (respect borders and each other's **sovereignty**, no force, no
# interference) and **areas** in which they mean to work together. It is **not** an alliance (no promise to fight
# for the other), **not** a trade deal (no tariffs or sums), and **not** a border agreement (the last disputed
# stretches were settled later, in 2004).
#
# Leaders **sign** a treaty to show they agree on its text; it does not bind anyone yet. Each country then
# **ratifies** it by its own procedure (**ratification**: usually parliament approves and the head of state signs a
# law). The two sides then exchange **instruments of ratification**, formal documents saying "we have done our part",
# and the treaty reaches its **entry into force**. Here are the steps for this treaty, with their sources:

# %%
from helpers.treaty import key_dates
from helpers.display import describe_figure
from helpers.treaty_plots import plot_confidence, plot_ratification, plot_renewal

dates = key_dates()
table(dates[["date", "party", "event", "certainty", "note"]].set_index("date"))

# %% [markdown]
# Two dates are **uncertain**: China's approval (we found no official record of the day) and Putin's signature of
# the ratification law (an encyclopedia gives 25 January 2002, while Xinhua reported the Kremlin announcing it on
# 28 January). Open circles in the figure mark them.

# %%
figure = plot_ratification(dates)
plt.show()
print(describe_figure(figure))

# %% [markdown]
# Keep this figure in mind: in part 7 one of our articles says the treaty was "first ratified in 2001 by President
# Putin and Jiang Zemin". Is that what the figure shows?
#
# ## Part 3 · A tour of the 25 articles, and how sure we are (core, 9 minutes)
#
# **Habit: sourcing.** The treaty was written in Chinese and Russian; any English version is a translation. This
# pack does **not** copy the treaty. It has a **digest** (`helpers/data/treaty_digest.yaml`): one entry per part of
# the treaty, summarised in our own words, with its sources and a **confidence** label: *checked against a copy of
# the text*; *secondary summary* (a news report, official summary or encyclopedia says so); or *unconfirmed*
# (treat it as a lead to check). Read down the confidence column first.

# %%
from helpers.treaty import alliance_ladder, areas_by_confidence, load_digest, treaty_article

digest = load_digest()
table(digest[["number", "topic", "areas", "confidence"]].set_index("number"))

# %%
figure = plot_confidence(areas_by_confidence())
plt.show()
print(describe_figure(figure))

# %% [markdown]
# **Political and legal** themes dominate: this is a treaty about the *rules of the relationship*. Military articles
# are about *not threatening each other*, not about fighting together. Energy, transport and technology appear
# mainly through one list of fields of cooperation, usually numbered Article 16 (the number is not confirmed
# independently).
#
# ### Exercise 2 · Match the theme to its article (sourcing, look-up)
#
# Use the digest table: write an article number (no quotes) for each theme.

# %% exercise="02.themes" tags=["answer"]
article_for = {
    "no force or pressure against each other": ...,
    "respect for the path each country chooses": ...,
    "support for national unity and territorial integrity": ...,
    "no alliance aimed against the other": ...,
    "cooperation in the United Nations": ...,
}

# %%
check("02.themes")

# %% [markdown]
# ### Exercise 3 · What could you quote? (sourcing, judgement)
#
# You want to cite five articles in an essay: **2, 8, 9, 10 and 16**. Going by the confidence column, which could
# you describe as *checked against a copy of the text*? Write `"yes"` or `"no"` for each.

# %% exercise="02.checked" tags=["answer"]
checked_articles = {"Article 2": ..., "Article 8": ..., "Article 9": ..., "Article 10": ..., "Article 16": ...}

# %%
check("02.checked")

# %% [markdown]
# ## Part 4 · Security: why "not an alliance" matters (core, 10 minutes)
#
# **Habit: close reading.** Two articles deal with what happens if one side is threatened. Read our digest entry
# for each, with its note (what the summary leaves out) and confidence:

# %%
table(digest.set_index("number").loc[["9", "8"], ["topic", "summary", "note", "confidence"]])

# %% [markdown]
# Article 9 is a promise to **talk**: get in touch at once and consult. Article 8 is a promise **not to gang up**:
# neither side joins a **bloc** (a group of states acting together against others), or signs a treaty with someone
# else, aimed against the partner. Neither promises help. Put the 2001 treaty beside two that **do** promise help,
# the 1950 Sino-Soviet treaty (which China chose not to renew; it expired in April 1980) and NATO's treaty of 1949:

# %%
from helpers.treaty import ladder_card

ladder_card()

# %% [markdown]
# Read it from the top rung down: **mutual defence** (1950: help at once, with every means); **collective defence**
# (NATO: an attack on one counts as an attack on all; each member decides what help to send); **consultation**
# (2001: the two talk; nothing more is promised). A defence promise can drag a country into its partner's war;
# consultation leaves each side free.
#
# **How the two governments present it** (our words): both presented the treaty as not aimed at any third country
# ([Xinhua](http://china.org.cn/english/FR/26084.htm), state media reporting the governments' own words), and their
# March 2023 joint statement says the relationship is not a military-political alliance of the Cold War kind
# ([Ukrainska Pravda, quoting the statement](https://www.pravda.com.ua/eng/news/2023/03/21/7394462/)).
#
# ### Exercise 4 · Read Article 8 carefully (close reading, analysis)
#
# Which sentence describes Article 8 correctly? Answer with one letter.
#
# - **a** Neither side may join any alliance with any other country.
# - **b** Neither side joins an alliance or bloc aimed against the other, but the treaty does not make them allies.
# - **c** The two sides form an alliance against third countries.
# - **d** Each side must defend the other if it is attacked.

# %% exercise="02.article8" tags=["answer"]
article_8_reading = ...  # a letter in quotes

# %%
check("02.article8")

# %% [markdown]
# ## Part 5 · Taiwan, the border, and nuclear weapons (core, 4 minutes)
#
# **Habits: close reading and contextualisation.** Read the **note** column as carefully as the summary: it says
# what each article does *not* do.

# %%
table(digest.set_index("number").loc[["5", "6", "2"], ["topic", "summary", "note", "confidence"]])

# %% [markdown]
# - **Taiwan (Article 5)** is one-sided: only Russia takes on obligations, restating its support for the People's
#   Republic's position that Taiwan is part of China; there is no military commitment. Remember that this is **one
#   side of a contested question**: Taiwan has been governed by its own authorities (the Republic of China) since
#   1949, while the People's Republic claims it as part of its territory
#   ([encyclopedia summary](https://en.wikipedia.org/wiki/Political_status_of_Taiwan)). A treaty between two states
#   records their position; it does not settle a dispute with a third party.
# - **The border (Article 6)** left the few stretches still disputed in 2001 as they were, until they could be
#   negotiated (done in 2004). Our summary rests on secondary sources.
# - **No first use (Article 2)**: each promises not to be the first to use nuclear weapons **against the other**,
#   and not to aim strategic missiles at the other. It says nothing about any third country.

# %% [markdown]
# ## Part 6 · The renewal clause (core, 12 minutes)
#
# **Habit: contextualisation.** Article 25 sets the treaty's clock. In our words: the treaty lasted 20 years from
# the day it took effect; after that it **renews itself automatically for five years at a time**, unless one side
# tells the other in writing, at least one year before the current period ends, that it wants out (Russia's foreign
# minister described it this way in 2021, as [TASS](https://tass.com/politics/1268537) reported; the exact wording of
# Article 25 is not confirmed independently). `renewal_periods()` does the arithmetic from the day the treaty took
# effect (28 February 2002):

# %%
from datetime import date

from helpers.treaty import period_on, renewal_periods

table(renewal_periods().set_index("label"))

# %% [markdown]
# **How we count days.** The sources do not say how days are counted, so each date is **uncertain by one day**.
# Our rule: a period's `end` is the same calendar date 20 (or 5) years later, and also the first day of the next
# period; notice must arrive on or before `notice_deadline`, the same date one year before `end`.
#
# To fix the stored output, we do the arithmetic **as of a fixed date, 22 November 2026**. The figure puts the
# periods on one line, with each notice deadline, and zooms in on 2021 to show when the two governments met:

# %%
AS_OF = date(2026, 11, 22)
print(period_on(AS_OF).sentence())
figure = plot_renewal(as_of=AS_OF)
plt.show()
print(describe_figure(figure))

# %% [markdown]
# Look at the zoom. The deadline for leaving at the end of the first term was **28 February 2021**; the foreign
# ministers met in Guilin on 22–23 March 2021, **23 days later**. Their agreement, and the leaders' joint statement
# of 28 June, **confirmed** a renewal that Article 25 had already made automatic; they did not create a new treaty.
#
# We **cannot** tell you what the two governments decided in 2026. A TASS report of November 2025 quotes Russia's
# foreign minister saying the presidents' offices would decide around 16 July 2026 how to affirm and build on the
# treaty; it calls 2026 the year the treaty expires, which does not match the arithmetic above
# ([TASS](https://tass.com/politics/2042125)). We found no reliable source on any decision in 2026.
#
# ### Exercise 5 · Too late to leave? (contextualisation, analysis)
#
# Had the deadline for notice to end the treaty after its first 20 years already passed when the foreign ministers
# met in Guilin on 23 March 2021? Answer `True` or `False`. You may use `period_on("2021-03-23")` in a new cell.

# %% exercise="02.guilin" tags=["answer"]
deadline_passed_at_guilin = ...  # True or False, without quotes

# %%
check("02.guilin")

# %% [markdown]
# ### Exercise 6 · The period after this one (procedure)
#
# If no notice was given by 28 February 2026, on what date would the **next** period end, and what is the last day
# to give notice to stop the treaty at that date? Use the periods table; write dates as `"YYYY-MM-DD"`.

# %% exercise="02.renewal" tags=["answer"]
next_period = {"end": ..., "notice_deadline": ...}  # dates in quotes, "YYYY-MM-DD"

# %%
check("02.renewal")

# %% [markdown]
# The cell below does the same arithmetic for the day **you** run it.

# %% tags=["nbval-ignore-output"]
# Output not compared by nbval: it depends on the day you run the notebook.
print(period_on(date.today()).sentence())

# %% [markdown]
# ## Part 7 · Checking the articles against the treaty (extension, 12 minutes)
#
# **Habit: corroboration.** Five claims about the treaty from three articles (ids from the claims register,
# `helpers/data/claims.csv`), each found in its article and shown in its sentence:

# %%
from helpers.treaty import claims_about_treaty

claims_about_treaty(corpus)

# %% [markdown]
# The evidence: our digest entries for Articles 9, 7, 16 and 25, and the key dates in part 2. Decide each claim:
# **accurate**, **partly accurate** or **inaccurate** (a simplification that keeps the meaning counts as accurate;
# right in part but suggesting more than the treaty says is partly accurate).

# %%
table(digest.set_index("number").loc[["9", "7", "16", "25"], ["topic", "summary", "note", "confidence"]])

# %% [markdown]
# ### Exercise 7 · Your verdicts, before you see ours (corroboration, judgement)

# %% exercise="02.verdicts" tags=["answer"]
verdicts = {
    "O03": ...,   # op-ed: Article 9, consult to remove a threat
    "O04": ...,   # op-ed: Articles 7 and 16, more military cooperation and "military know-how"
    "S02": ...,   # summary: the renewal extends the treaty by five years
    "E01": ...,   # essay: on 28 June 2021 Putin and Xi announced the extension
    "E02": ...,   # essay: "first ratified in 2001 by President Putin and Jiang Zemin"
}

# %%
check("02.verdicts")

# %% [markdown]
# Compare your verdicts with the reasoning in the claims register (rows O03, O04, S02, E01 and E02 of
# `helpers/data/claims.csv`). The one outright error is a mix-up you can now name: **signing is not ratifying.**
#
# ## Part 8 · Tracing a claim to where it came from (extension, 8 minutes)
#
# **Habit: corroboration. SIFT move: Trace.** Claim O04 is the interesting one. Article 7, as we read it, is about
# confidence-building and fewer troops **along the border**, and says the two sides' military cooperation is not
# aimed at anyone else. So where does "increasing cooperation ... between their militaries" come from? For years the
# English Wikipedia article on the treaty summed up Articles 7 and 16 as pointing to *increasing military
# cooperation*, with the sharing of *military know-how*, and called Article 9 a possible *implicit defense pact*
# (that wording is in the [article's](https://en.wikipedia.org/wiki/2001_Sino-Russian_Treaty_of_Friendship) page
# history). Side by side:

# %%
table(pd.DataFrame([
    {"where": "the op-ed", "Articles 7 and 16": "increasing cooperation and trust between their militaries; "
     "cooperating in military know-how", "Article 9": "consult to eliminate the threat; a possible defense pact"},
    {"where": "English Wikipedia's summary", "Articles 7 and 16": "increasing military cooperation; military "
     "know-how", "Article 9": "an implicit defense pact"},
    {"where": "our digest", "Articles 7 and 16": treaty_article(7)["summary"], "Article 9": treaty_article(9)["summary"]},
]).set_index("where"))

# %% [markdown]
# The op-ed follows the encyclopedia's summary almost point for point, not the treaty's text. That is a signal
# about where the wording came from, not proof of how the op-ed was written: its author may have met the same
# summary elsewhere.
#
# ### Exercise 8 · Where did the framing come from? (corroboration, analysis)
#
# - **a** the treaty's own text
# - **b** an English Wikipedia summary of the treaty
# - **c** the joint statements of the two governments
# - **d** the essay in our corpus

# %% exercise="02.trace" tags=["answer"]
framing_source = ...  # a letter in quotes

# %%
check("02.trace")

# %% [markdown]
# ## Part 9 · Explore any part of the treaty (extension, 3 minutes)
#
# `explore(number, corpus)` puts our digest entry for one part of the treaty beside every sentence in the corpus that
# refers to it. Article 9 as a table:

# %%
from helpers.treaty import explore

found = explore(9, corpus)
table(found.mentions[["article", "found", "sentence"]])

# %% [markdown]
# Try `explore(5, corpus)`: none of our five articles cites the treaty's Article 5 (Taiwan). In JupyterLab the cell
# below gives the same view with a menu.

# %% tags=["nbval-ignore-output"]
# Output not compared by nbval: widget state lives in the browser. The table above shows the same for Article 9.
from helpers.widgets import treaty_explorer

treaty_explorer(corpus)

# %% [markdown]
# ## Part 10 · Read the treaty itself (extension, 3 minutes)
#
# **Habit: sourcing.** Our digest is a guide, not the treaty. These are the places where its text is published; the
# **status** column says whether we could confirm each address (the GRIPS database copy is the one we confirmed).
# If you save a copy of the text as `treaty_text.txt` next to this notebook, `load_official_text("treaty_text.txt")`
# splits it into articles so you can put the official wording beside our summary.

# %%
from helpers.treaty import where_to_read

where_to_read()

# %% [markdown]
# ## Part 11 · Discuss, and in your own words (extension, 9 minutes)
#
# > **Discuss:** *Does the 2021 extension "mean" anything?* The summary says the renewal will help the two sides "solidify
# > their trade and security ties"; the op-ed says the extension "did not define any new parameters". Which reading
# > fits what Article 25 says about how renewal happens? What *would* have counted as news?
#
# > **Discuss:** *What would have to change for the relationship to become an alliance?* Which rung of the ladder, and what
# > would a treaty have to say? Would you learn of it from a news summary like ours, or from somewhere else?
#
# ### Exercise 9 · In your own words (close reading, writing)
#
# A friend reads the op-ed and says: "So China and Russia are basically allies now." In three or four sentences,
# explain why the 2001 treaty does not make them allies. Use at least two articles of the treaty, and one of the
# comparisons from part 4. (A **bilateral** treaty, between two states, can still be close without being an
# alliance.)

# %% exercise="02.not_alliance" tags=["answer"]
not_an_alliance = ...  # replace ... with your answer in quotes

# %%
check("02.not_alliance")

# %% [markdown]
# ## What you did
#
# You read the op-ed's treaty claims first; told signing from ratifying; toured a digest that says how sure it is of
# each line; placed the treaty on a ladder of commitment; saw that the 2021 "extension" came 23 days after the
# notice deadline and confirmed an automatic renewal; and (extension) checked and traced the articles' claims.
#
# **Next:** notebook 03 (cooperation) tests what the articles say about energy, trade, arms and the Arctic against
# sourced data; notebook 04 (critical reading) then turns these moves into a routine for any article.
