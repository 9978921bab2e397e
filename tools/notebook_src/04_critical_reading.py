# %% [markdown]
# # 04 · Critical reading: who wrote it, when, on what evidence, in which words
#
# **Time:** about 60 minutes in class (parts 1–6), plus 20–30 minutes for parts 7–9 as homework or a second lesson.
# **You need:** notebook 00. Notebooks 01 and 02 help but are not required.
#
# **By the end you will be able to:**
# 1. ask the sourcing questions of any text (who is behind it, when, where) and **date an undated text** from clues
#    inside it;
# 2. tell the article from what the web page left stuck to it, and say what a reader poll can and cannot show;
# 3. sort claims into facts, opinions, predictions and recommendations, check a claim against sources, and **trace a
#    quotation to where it was first said**;
# 4. **corroborate**: see where the five articles agree, disagree or stay silent;
# 5. read closely: hedges and boosters, loaded words, register, and the **framing** carried by a single word;
# 6. use a transparent rubric: computed signals that point at the words behind them, plus your own judgement backed
#    by quotations, and explain why no single score (and no "AI detector") settles whether to trust a text.
#
# **The question for the lesson:** *which of these five texts would you rely on, for what, and why? Prove it with
# their own words.*

# %% [markdown]
# ## How this notebook thinks about trust
#
# Historians and fact-checkers use a few questions again and again. Stanford's *Reading Like a Historian* calls them
# **sourcing** (who wrote it, when, why?), **contextualisation** (what was going on then?), **corroboration** (what do
# other documents say?) and **close reading** (what claims, evidence and language does it use?)
# ([Reading Like a Historian](http://sheg.stanford.edu/rlh)). *Civic Online Reasoning* boils them down to three:
# **Who is behind the information? What is the evidence? What do other sources say?**
# ([Civic Online Reasoning](https://cor.inquirygroup.org)). And Mike Caulfield's **SIFT** turns them into moves:
# *Stop; Investigate the source; Find better coverage; Trace claims to their original context*
# ([SIFT](https://hapgood.us/2019/06/19/sift-the-four-moves)).
#
# None of these frameworks measures anything in the text: they are habits. This notebook adds something they lack.
# It **counts** a few things in each article (named sources, hedges, loaded words, repeated sentences ...) and every
# number can be **opened up to show the exact words that produced it**. A number is a reason to look, never a
# verdict. Run the first cell to load the articles and their profiles.

# %%
import textwrap

import matplotlib.pyplot as plt
import pandas as pd

from helpers import check, hint, load_seeds, reveal
from helpers.claims import (compare_with_reference, contradictions, corroboration_matrix, format_trace, load_claims,
                            plot_matrix, quote_report, sentences_with, trace, verdict_table)
from helpers.framing import framing_spans, framing_table, load_framing
from helpers.profile_plots import plot_profiles
from helpers.profiles import SIGNALS, article_from_text, evidence, load_calibration_sample, profile
from helpers.rubric import compare_ratings, load_rubric, rank_spread, rank_table, weighted_ranking

pd.set_option("display.max_colwidth", 200)
corpus = load_seeds()
profiles = profile(corpus)


def read(texts, width=110):
    """Print each text wrapped to a readable width, with a blank line between them."""
    for text in texts:
        print(textwrap.fill(str(text), width), end="\n\n")


profiles[["words", "byline", "date_status", "outlet_known", "clutter_lines", "truncated"]]

# %% [markdown]
# ## Part 1 · Sourcing: who, when, where (10 minutes)
#
# That first table is each article's **provenance card**. Read it row by row:
#
# - **Who?** Only the essay (Carter Boone) and the op-ed (Audrey Oien) name a writer. Three texts are unsigned.
# - **Where?** `outlet_known` is False for all five: none of them tells us which site or publisher put it out. The
#   essay sat on "Carter Boone's Blog", a section of a larger website that we could not identify, so we say
#   *unknown* rather than guess.
# - **When?** Only the essay prints a date. For three others the date is **estimated** from clues in the text, and
#   for the explainer it is simply **unknown**.
#
# Every figure in a profile can be opened up. `evidence(article, signal)` lists the words behind one figure with
# their position in the file (`start`, `end`). Here are the dating clues inside the unsigned fragment:

# %%
evidence(corpus["fragment"], "date_status")

# %% [markdown]
# ### Dating a text from the inside
#
# The fragment prints no date, but two clues pin it down:
#
# 1. It calls the Ukraine conflict **"ongoing"** (and later "the escalating Ukrainian war"). Russia's full-scale
#    invasion began on **24 February 2022**
#    ([source](https://www.info-res.org/eyes-on-russia/ukraine-'special-military-operation'-announced)).
# 2. It calls **Premier Li Keqiang** "China's second-highest-ranking official". Li Keqiang was premier from
#    15 March 2013 ([source](http://china.org.cn/china/NPC_CPPCC_2013/2013-03/15/content_28248976.htm)) to 11 March
#    2023 ([source](http://en.people.cn/n3/2023/0312/c90000-10220761.html)), but he held the No. 2 place in the
#    Communist Party's leadership only until **22 October 2022**, when he left the Central Committee; the next day
#    Li Qiang was named No. 2
#    ([source](https://english.alarabiya.net/News/world/2022/10/23/Factbox-China-s-new-elite-Communist-Party-leadership)).
#
# A title is a time stamp: *who held that job, and when?* is one of the most useful questions you can ask of an
# undated text.
#
# ### Exercise 1 · Date the fragment
#
# Give the earliest and latest dates that fit **both** clues, as text in the form `"YYYY-MM-DD"`. Stuck? Run
# `hint("04.fragment_dates")` in a new cell; after a real attempt, `reveal("04.fragment_dates")` shows our answer.
# Both work for every exercise in this notebook.

# %% exercise="04.fragment_dates" tags=["answer"]
fragment_window = ...  # replace ... with {"earliest": "YYYY-MM-DD", "latest": "YYYY-MM-DD"}

# %%
check("04.fragment_dates", fragment_window)

# %% [markdown]
# Compare the explainer: it mentions no date, no year and no number at all. Its only clue is that it names the
# Power of Siberia gas pipeline as a working project, and gas has flowed through it since December 2019
# ([source](https://www.themoscowtimes.com/2019/12/02/russia-launches-power-siberia-gas-exports-china-a68423)). That
# gives a lower bound and nothing else. A text that cannot be dated cannot tell you what "lately" or "in recent years"
# means.
#
# > **Discuss:** why does the date matter more for the explainer's claims ("trade volume has grown significantly in
# > recent years") than for the essay's history of the 1980s?

# %% [markdown]
# ## Part 2 · What the scraper left in (5 minutes)
#
# The loader sets aside lines that belong to the web page, not the article. They are clutter, but they are also
# **evidence about where the copy came from**:

# %%
evidence(corpus["essay"], "clutter_lines")

# %% [markdown]
# - **"REUTERS/Tingshu Wang"** is a photo credit: the page used a picture from the Reuters agency. The photo is gone,
#   so we cannot see what it showed, or what impression it was meant to give.
# - **The reader poll** asked visitors what the United States' long-term goals for Russia are: 33 + 30 + 24 + 21 =
#   **108 votes**. Nobody chose these 108 people; they chose themselves, by visiting this site and bothering to
#   click. That is a **self-selected sample**.
# - **"For business / For researchers / For students"** is the site's menu: the blog belonged to a larger site with
#   several audiences.
#
# ### Exercise 2 · What can the poll show?
#
# Which **one** statement does the poll support? Answer with a letter, as text.
#
# - **a** Most Americans believe the United States wants a partnership with Russia on its own terms.
# - **b** Russia's government fears that the United States wants to dissolve Russia.
# - **c** Of the visitors who chose to vote on this page, 33 picked the "partnership on US terms" answer.
# - **d** Readers of serious analysis mostly see US policy toward Russia as benign.

# %% exercise="04.poll" tags=["answer"]
poll_supports = ...

# %%
check("04.poll", poll_supports)

# %% [markdown]
# ## Part 3 · Evidence: the claims register (15 minutes)
#
# We went through all five articles and pulled out **61 claims**, each quoted word for word (the quote is checked
# against the article every time it loads). Each has a **type**, an **area**, a **verdict** with our reasoning in
# our own words, and the **sources** behind the verdict. The register is a plain CSV file,
# `helpers/data/claims.csv`: you can open it and add claims of your own.
#
# How the verdicts come out, article by article:

# %%
claims = load_claims()
verdict_table(claims)

# %% [markdown]
# Read this table with care: it counts the claims **we chose** to check, so it is not a score either. The essay has
# the most inaccurate claims partly because it makes the most checkable ones; the explainer makes few claims precise
# enough to be wrong.
#
# ### Facts, opinions, predictions, recommendations
#
# A **fact** claim can be checked against the world. An **opinion** is a judgement you weigh rather than check.
# A **prediction** is about the future; a **recommendation** tells someone what to do. Writers often dress one as
# another: "the reality is that ..." sounds like a fact but introduces a judgement.
#
# ### Exercise 3 · What kind of claim?
#
# For each quotation, write `"fact"`, `"opinion"`, `"prediction"` or `"recommendation"`.

# %%
four = claims.set_index("id").loc[["E06", "O10", "X10", "O09"]]
read(f"{claim_id} ({row.article}): {row.quote}" for claim_id, row in four.iterrows())

# %% exercise="04.claim_types" tags=["answer"]
# replace ... with {"E06": "...", "O10": "...", "X10": "...", "O09": "..."}
claim_types = ...

# %%
check("04.claim_types", claim_types)

# %% [markdown]
# ### Exercise 4 · You be the fact-checker
#
# Here are four claims, each with what our sources say. Give each a verdict: `"accurate"`, `"partly accurate"`,
# `"inaccurate"`, `"contested"` (reasonable sources disagree) or `"unverifiable"`.
#
# | id | the article says | what our sources say |
# |---|---|---|
# | E02 | the treaty was "first ratified in 2001 by President Putin and Jiang Zemin" | Putin and Jiang **signed** it on 16 July 2001; parliaments ratified it between October 2001 and January 2002; it came into force on 28 February 2002 ([Xinhua](http://china.org.cn/english/FR/26084.htm)) |
# | E08 | Putin and Xi "have met over 30 times" | Xi counted almost 30 meetings by June 2019 and called their December 2021 video call the 37th ([TASS](https://tass.com/politics/1375989)) |
# | X01 | Russia provides "advanced military technology that China can't get anywhere else" | Russia supplied about 70% of China's arms imports in 2014–18, but France and Ukraine supplied it too, and China's own industry had caught up with much Soviet-era technology ([BOFIT](https://bofit.fi/en/monitoring/weekly/2019/vw201911_5)) |
# | E13 | Russia and China are "the second and third most powerful militaries on earth" | one commercial index ranks them 2nd and 3rd (leaving nuclear weapons out); by spending, China is 2nd and Russia 5th; there is no agreed ranking ([Newsweek](https://www.newsweek.com/how-top-powers-us-russia-china-compare-other-militaries-across-globe-during-past-decade-1477523)) |

# %% exercise="04.verdicts" tags=["answer"]
# replace ... with {"E02": "...", "E08": "...", "X01": "...", "E13": "..."}
verdicts = ...

# %%
check("04.verdicts", verdicts)

# %% [markdown]
# ### Trace a quotation to where it was said
#
# SIFT's last move is **Trace**: follow a claim, quote or picture back to its original context. The op-ed quotes
# Vladimir Putin: in October 2020, it says, he called a Russia–China military alliance unnecessary, "but,
# theoretically, it's quite possible to imagine it." The op-ed gives a month, but no occasion, audience or link.
# Here is the claim's card from the register:

# %%
print(format_trace(trace("O05", claims, corpus)))

# %% [markdown]
# The trail leads to a real event: the annual meeting of the Valdai Discussion Club on **22 October 2020**, where
# Putin, speaking by video link, answered a question from Yan Xuetong ([TASS](https://tass.com/politics/1213751)).
# The op-ed reports the gist fairly. But the context matters: it was an answer to a question, in front of an
# audience, and its first half said Russia did **not** need such an alliance. A quotation that keeps only the second
# half would tell a different story. (Notebook 02 traces another of the op-ed's claims, about the treaty's Articles 7
# and 16, back to an encyclopedia summary rather than the treaty.)
#
# ### Exercise 5 · What did tracing add?
#
# Answer with a letter, as text. Tracing the quotation told us something the op-ed did not:
#
# - **a** that Putin proposed an alliance with China in October 2020
# - **b** where and to whom Putin said it: at the Valdai Discussion Club, answering a question from Yan Xuetong
# - **c** that the quotation was made up
# - **d** that Xi Jinping agreed with Putin

# %% exercise="04.trace" tags=["answer"]
tracing_added = ...

# %%
check("04.trace", tracing_added)

# %% [markdown]
# ## Part 4 · Corroboration: what do the others say? (10 minutes)
#
# One article on its own can only be checked against the outside world. Five articles on the same subject can also
# be checked against **each other**. We put eleven statements ("themes") to all five articles and noted for each
# whether the article **supports** it, **contradicts** it, or is **silent**, with the words that show it.
#
# ### Exercise 6 · Fill in part of the matrix yourself, before you see ours
#
# Use `sentences_with(article, word, around=1)` to find the passages (it prints each match with the sentence before
# and after). Two searches to start you off:

# %%
read(sentences_with(corpus["essay"], "customer", around=1)["sentence"])
read(sentences_with(corpus["explainer"], "arms supplier")["sentence"])

# %% [markdown]
# Now decide each cell: `"supports"`, `"contradicts"` or `"silent"`. Search for more words in a new cell if you need
# to (try `"alliance"`, `"Crimea"`, `"treaty"`).
#
# | cell | the statement | the article |
# |---|---|---|
# | `arms_sales/essay` | Russian arms sales to China are large and continuing | essay |
# | `arms_sales/explainer` | (same) | explainer |
# | `alliance_possible/oped` | A formal military alliance between them is a real possibility | op-ed |
# | `alliance_possible/essay` | (same) | essay |
# | `crimea_annexation/essay` | Russia annexed Crimea (rather than Crimea seceding) | essay |
# | `extension/explainer` | The 2001 treaty was extended in June 2021 for five more years | explainer |

# %% exercise="04.matrix" tags=["answer"]
# replace ... with a dictionary like this one, each cell "supports", "contradicts" or "silent":
# {
#     "arms_sales/essay": "...",
#     "arms_sales/explainer": "...",
#     "alliance_possible/oped": "...",
#     "alliance_possible/essay": "...",
#     "crimea_annexation/essay": "...",
#     "extension/explainer": "...",
# }
my_cells = ...

# %%
check("04.matrix", my_cells)

# %% [markdown]
# Whatever the check said, compare your cells with ours, and read the words that decided each one:

# %%
compare_with_reference(my_cells, keys=["arms_sales/essay", "arms_sales/explainer", "alliance_possible/oped",
                                       "alliance_possible/essay", "crimea_annexation/essay", "extension/explainer"])

# %% [markdown]
# ### The whole matrix
#
# Here is the reference matrix as a table, and as a picture: blue supports, orange contradicts, grey is silent.

# %%
matrix = corroboration_matrix()
matrix

# %%
ax = plot_matrix(matrix)
ax.set_title("Eleven statements put to the five articles", fontsize=14, pad=30)
plt.tight_layout()
plt.show()

# %% [markdown]
# Three things to see in the picture:
#
# - **Agreement is not confirmation.** All five say Russia and China back each other at the UN. But none cites a
#   vote, and they may simply repeat a common view. The outside record does bear it out: they vetoed Security Council
#   drafts together on Syria from 2011 and on Venezuela in 2019
#   ([source](https://www.justiceinfo.net/en/live-feed/44836-russia-s-previous-un-vetoes-on-syria.html)), yet China
#   abstained rather than vetoing when Russia blocked a draft on its invasion of Ukraine
#   ([source](https://www.securitycouncilreport.org/un-documents/document/s-2022-155.php)).
# - **The orange cells are where to dig.** The essay says Russian arms sales to China have been dwindling; the
#   explainer calls Russia a major supplier of technology China "can't get anywhere else". Our sources say each is
#   partly right: sales fell after about 2006, then revived with the S-400 and Su-35 deals from 2015
#   ([SIPRI via Sputnik](https://sputniknews.com/20080331/102440239.html);
#   [source](https://baladnaelyoum.com/news/935672)).
# - **Silence has a date.** The essay (July 2021) could not know about the 2022 war. The fragment and the op-ed, both
#   estimated to have been written after it began, read it in opposite ways: the op-ed reports that "some experts"
#   see limits exposed, while the fragment sees ties deepening.
#
# The register marks every clash between two articles:

# %%
contradictions(claims)

# %% [markdown]
# > **Discuss:** when two of our articles contradict each other, which would you believe, and what would you want
# > to see before deciding? Is a claim stronger because three unsigned texts repeat it?

# %% [markdown]
# ## Part 5 · Close reading: how sure, and in which words (10 minutes)
#
# **Hedges** soften a claim (*may, likely, to some extent*); **boosters** harden it (*undeniably, clearly, the reality
# is*). Neither is good or bad in itself: careful writers hedge what is uncertain and state plainly what is
# established. The question is always whether the certainty is **earned by evidence**.

# %%
profiles[["hedges_per_1000", "boosters_per_1000", "loaded_per_1000", "informal_per_1000"]]

# %% [markdown]
# The explainer hedges the most *and* is among the most boosted: it says "could", "potential" and "likely" again and
# again, but also "always", "of course" and "plain and simple", while offering no evidence either way. The essay
# mixes both in a single passage:

# %%
read(sentences_with(corpus["essay"], "undeniably been increasing", around=1)["sentence"])

# %% [markdown]
# ### Exercise 7 · Hedge or booster?
#
# In that passage, label each expression `"hedge"` or `"booster"`.

# %% exercise="04.stance" tags=["answer"]
# replace ... with {"undeniably": "...", "partially": "...", "not necessarily": "..."}
stance_words = ...

# %%
check("04.stance", stance_words)

# %% [markdown]
# **Loaded words** carry a judgement as well as a meaning (*regime, aggressive, repressive*). **Informal register**
# ("Hey guys!", "buckle up", "folks") tells you about the genre and the audience: the explainer talks like a video
# host. Each count opens up to its words. The fragment's loaded words, then the first few of the explainer's
# informal phrases:

# %%
evidence(corpus["fragment"], "loaded")

# %%
evidence(corpus["explainer"], "informal").head(8)

# %% [markdown]
# The word lists behind these counts are in `helpers/data/lexicon.csv`, one row per word, so you can see exactly
# what is counted, and argue with it. Notice that the op-ed's "some **sort of** alliance" is counted as informal,
# though it is not chatty at all. That is a **false alarm**, and you will hunt for more in part 9.
#
# One more repeated-looking habit: the explainer restates each section as a bullet list. The profile counts a sentence
# as a **restatement** of an earlier one when, of all the meaningful words the two sentences use between them, at
# least 40% appear in both:

# %%
evidence(corpus["explainer"], "repetition")[["text", "note"]].head(5)

# %% [markdown]
# ## Part 6 · The framing lab: same thing, different words (10 minutes)
#
# **Framing** means choosing which side of a story to light up, often with a single word. Here are some word groups
# that matter in writing about Russia and China, counted in each article (whole words only):

# %%
framing_table(corpus)

# %% [markdown]
# **Crimea, 2014.** Russia incorporated Crimea in March 2014, two days after a referendum that Western governments
# rejected as illegal ([RFE/RL](https://www.rferl.org/a/russia-crimea-ukraine-treaty/25301179.html)). The UN General
# Assembly's resolution 68/262 called the referendum invalid, by 100 votes to 11 with 58 abstentions; China abstained
# ([vote record](http://cryer.org.uk/United_Nations_General_Assembly_resolution_68%2f39)). Same event, three words:

# %%
crimea = framing_spans(corpus)
crimea = crimea[crimea["group"] == "Crimea 2014"]
read(f"{row.article}: «{row.text}» in: {row.sentence}" for row in crimea.itertuples())

# %% [markdown]
# Who tends to use which word (from `helpers/data/framing.csv`, where every row has its source):

# %%
framing = load_framing()
framing[framing["group"] == "Crimea 2014"][["term", "who_tends_to_use", "note"]]

# %% [markdown]
# ### Exercise 8 · Who says it?
#
# Match each word to the speaker who tends to use it: **a** most states and the UN General Assembly majority;
# **b** the Russian government and Russian media; **c** writers who put the 2014 referendum first.

# %% exercise="04.crimea_words" tags=["answer"]
# replace ... with {"annexation": "a, b or c", "reunification": "...", "secession": "..."}
who_says = ...

# %%
check("04.crimea_words", who_says)

# %% [markdown]
# **The other groups, briefly.**
#
# - **"Regime" or "government"?** "Regime" signals disapproval; critics say it is applied selectively to governments
#   the writer dislikes ([Fair Observer](https://www.fairobserver.com/region/middle_east_north_africa/language-legitimacy/)).
#   The unsigned summary uses "regimes" for both governments.
# - **"Alleged", "purported".** They can be honest caution about an unproven charge, or a way to make a
#   well-supported finding sound shaky ([Wikipedia's guidance on such words](https://wikisum.wiki/wiki/Wikipedia:Avoid_weasel_words)).
#   The essay writes of Russia's "alleged election interference" and "the purported poisoning" of the Skripals:
#   ask what evidence existed when it was written, and whether the hedge matches it.
# - **"Marriage of convenience"** is a frame from the analysts' debate: Bobo Lo described an "axis of convenience"
#   ([review](http://www.independent.co.uk/arts-entertainment/books/reviews/axis-of-convenience-by-bobo-lo-1057802.html)).
#   The essay quotes the phrase three times, to argue *against* it. Quoting a frame is not adopting it.
# - **"Alliance", "allies" or "partnership"?** Both governments call their relationship a partnership and say it is
#   not a military alliance ([2021 joint statement](http://shenduxp.com/wap/2021-06/29/content_30770238.htm)).
#   The explainer and the fragment still say "alliance". But counts are not meanings: the summary's two "allies" are
#   the **United States'** Western allies. Always read the sentence.

# %%
read(framing_spans(corpus).query("term == 'allies' and article == 'summary'")["sentence"])

# %% [markdown]
# ### Exercise 9 · Rewrite it neutrally
#
# The BBC tells its journalists not to adopt other people's language as their own, and to describe what happened
# instead ([Guardian report](https://www.theguardian.com/media/2005/dec/16/terrorism.broadcasting)). Here is a
# sentence from the unsigned summary. The writer's own verdict ("legitimate concerns", "serious human rights abuses")
# is tucked inside a sentence that reports events:

# %%
read(sentences_with(corpus["summary"], "legitimate concerns")["sentence"])

# %% [markdown]
# Rewrite it so that it reports the same facts but **says who holds each view**, and makes room for the other side
# (if the article does not tell you how Moscow and Beijing answer, say so rather than invent it). Replace the `...`
# with your version, in quotes; the check shows you a model answer to compare with.

# %% exercise="04.rewrite" tags=["answer"]
neutral_version = ...

# %%
check("04.rewrite", neutral_version)

# %% [markdown]
# ## Part 7 · Five profiles side by side (homework, 10 minutes)
#
# Here is every signal for every article, one small chart per signal. Each article keeps its colour in every panel,
# and each panel has its own scale: compare the bars **within** a panel, never across panels.

# %%
plot_profiles(profiles)
plt.show()

# %% [markdown]
# What each column means:

# %%
pd.Series(SIGNALS, name="what it counts").to_frame()

# %% [markdown]
# ### Rate them yourself, then compare
#
# Before you look at any ranking, rate each article from **1** (weak) to **5** (strong) on three criteria:
#
# - **who**: can you tell who is behind it, when, and where?
# - **evidence**: does it show where its claims come from?
# - **language**: is the wording measured, precise and fair?
#
# Fill in the numbers below (replace each `...`) and run the cell after it. Blank ratings stay blank.

# %%
my_ratings = {
    "summary":   {"who": ..., "evidence": ..., "language": ...},
    "essay":     {"who": ..., "evidence": ..., "language": ...},
    "oped":      {"who": ..., "evidence": ..., "language": ...},
    "explainer": {"who": ..., "evidence": ..., "language": ...},
    "fragment":  {"who": ..., "evidence": ..., "language": ...},
}

# %%
compare_ratings(my_ratings, profiles)

# %% [markdown]
# The "signals" columns put the counted signals for each criterion on the same 1–5 scale, **relative to these five
# articles only**. Where you and the signals disagree, one of you has missed something: look at the evidence. For
# example, the signals rate the unsigned summary's *evidence* fairly high, because it has no vague attributions at
# all. But it also has no quotations and no references, and its one named source is Putin, whose view it reports
# without quoting him: it scores well for what it **lacks**. You can probably beat the signals there.
#
# If you run the notebook in JupyterLab, the sliders below do the same thing interactively.

# %% tags=["nbval-ignore-output"]
# Output not compared by nbval: widget state lives in the browser. The table above shows the same comparison.
from helpers.widgets import rating_sliders

rating_sliders(corpus, profiles)

# %% [markdown]
# ## Part 8 · A transparent rubric, and why there is no single score (homework, 10 minutes)
#
# Our rubric has **two layers**. The computed layer: each signal, the framework question it helps with, whether more
# of it counts for or against a text, an editable **weight**, and a caution. The human layer: judgements no program
# can make, each of which **must be backed by a quotation**. It is all in `helpers/data/rubric.csv`.

# %%
rubric = load_rubric()
rubric[rubric["layer"] == "computed"][["signal", "framework_question", "direction", "weight", "caution"]]

# %%
rubric[rubric["layer"] == "human"][["row", "framework_question", "what_it_measures"]]

# %% [markdown]
# ### Weights are choices
#
# If you add up the weighted signals you get an ordering. But it is **one ordering under one set of choices**. Watch
# it move when the choices move:

# %%
signals = list(load_rubric().query("layer == 'computed' and direction != 'neither'")["signal"])
only = lambda chosen: {s: (1 if s in chosen else 0) for s in signals}
rank_table(profiles, {
    "rubric.csv weights": {},
    "who is behind it": only({"byline", "date_known", "outlet_known"}),
    "evidence only": only({"named_sources_per_1000", "vague_sources_per_1000", "quotations", "references"}),
    "language only": only({"boosters_per_1000", "loaded_per_1000", "informal_per_1000", "repetition"}),
})

# %% [markdown]
# Look at the "evidence only" column. The op-ed, which quotes Putin and cites treaty articles, comes **last**, below
# the explainer, which names no source at all. Why? The op-ed attributes some claims vaguely ("some experts
# believe"), and the explainer attributes nothing, so it has no vague attributions to count against it. A signal can
# reward a text for saying less.
#
# And with 1,000 sets of weights drawn at random (each weight anywhere from 0 to 1), here is how often each article
# lands at each rank:

# %%
rank_spread(profiles, draws=1000, seed=0)

# %% [markdown]
# The essay comes first under most weightings, the explainer last under most. The middle is a matter of choice:
# change the weights and the summary, the op-ed and the fragment trade places. And even the top spot only means "most
# of the things we chose to count". It does not mean the essay's claims are right: it makes two that are wrong.
#
# ### Exercise 10 · Why does the summary do so well?
#
# Under the weights in `rubric.csv`, the unsigned, undated summary, with no quotations and no references, comes
# **second**. Answer with a letter, as text:
#
# - **a** because it is the second most reliable of the five articles
# - **b** because it scores well for what it lacks: no vague attributions, no boosters, no informal phrases,
#   no repetition
# - **c** because it is the easiest to read
# - **d** because the ranking is random

# %%
weighted_ranking(profiles)

# %% exercise="04.summary_rank" tags=["answer"]
why_second = ...

# %%
check("04.summary_rank", why_second)

# %% [markdown]
# ### Exercise 11 · A human row: purpose, with evidence
#
# What does the op-ed want its readers to **think or do**? Answer in a sentence or two, and include at least one
# quotation from the op-ed in quotation marks. The second line of output checks that your quotation really is in
# the text, word for word.

# %% exercise="04.purpose" tags=["answer"]
oped_purpose = ...

# %%
check("04.purpose", oped_purpose)
print(quote_report(corpus["oped"], oped_purpose))

# %% [markdown]
# ## Part 9 · No AI detectors, and a calibration test (homework, 10 minutes)
#
# Some of our texts read as if they were churned out quickly: the explainer's chatty repetition, the fragment's
# inflated vocabulary ("concretized their alliance"). It is tempting to ask a tool whether a machine wrote them. **We
# do not, and neither should you.**
#
# - Researchers at Stanford found that seven AI detectors flagged more than half of a set of essays by non-native
#   English speakers as machine-written, while judging US eighth-graders' essays almost perfectly, and that they were
#   easy to evade ([Stanford HAI](https://hai.stanford.edu/news/ai-detectors-biased-against-non-native-english-writers)).
# - OpenAI withdrew its own detector in July 2023: it caught about a quarter of AI text and wrongly flagged about one
#   human text in eleven ([report](https://winbuzzer.com/2023/07/25/openai-silently-discontinues-ai-text-detection-tool-due-to-low-accuracy-xcxwbn/)).
# - A study of fourteen detection tools judged them neither accurate nor reliable
#   ([Weber-Wulff et al., 2023](https://edintegrity.biomedcentral.com/articles/10.1007/s40979-023-00146-z)).
#
# So the signals in this notebook are **reasons to check**, never proof of who, or what, wrote a text. Low-effort
# publishing shows up in the signals whether a person or a program did the writing, and careful writing can set
# them off too. Here is a demonstration of that last point: a short, careful text that we wrote for this pack, with
# its sources (it is in `helpers/data/calibration_sample.txt`, in the same format as an article you add).

# %%
careful = load_calibration_sample()
read(careful.body.split("\n\n"))
careful_flags = pd.concat([evidence(careful, signal).assign(signal=signal) for signal in
                           ("vague_sources_per_1000", "hedges_per_1000", "boosters_per_1000", "loaded", "informal")],
                          ignore_index=True)
careful_flags[["signal", "start", "end", "text"]]

# %% [markdown]
# ### Exercise 12 · False alarms
#
# Find each flagged word in the careful text above and read it in its sentence. True or False: **each** flag in the
# table points to a real weakness in that text.

# %% exercise="04.calibration" tags=["answer"]
every_flag_is_a_weakness = ...

# %%
check("04.calibration", every_flag_is_a_weakness)

# %% [markdown]
# Whatever the check said, here is how we read the flags. "Analysts" is counted as a vague source, but the next
# sentence names one (Bobo Lo). "likely" is a hedge, and an honest one: it is a forecast. "annexation" and
# "reunification" are counted as loaded, but the text *reports* who uses each word rather than taking a side. Per
# 1,000 words, this careful text even has more vague sources and more loaded words than the essay:

# %%
pd.concat([profiles, profile(careful)])[["vague_sources_per_1000", "loaded_per_1000", "named_sources_per_1000",
                                         "references"]]

# %% [markdown]
# ### Now try a careful text of your own choosing
#
# Paste a text you consider careful (a report from a news agency, a page of a textbook, something you wrote) between
# the triple quotes, run the cell, and look for the false alarms. Which flags would a careful reader dismiss, and why?
# (Copyrighted texts are fine to paste here for your own study; do not share them.)

# %%
my_careful_text = """ """

if my_careful_text.strip():
    mine = article_from_text(my_careful_text, article_id="mine", title="my careful text")
    display(profile(mine).T)
    display(pd.concat([evidence(mine, s).assign(signal=s) for s in
                       ("vague_sources_per_1000", "hedges_per_1000", "boosters_per_1000", "loaded", "informal")],
                      ignore_index=True))
else:
    print("Paste a text between the triple quotes above, then run this cell again.")

# %% [markdown]
# ## Discussion prompts
#
# 1. Which of the five would you cite in a school essay, and for which claims? Which would you use only as an example
#    of a point of view?
# 2. The essay is the best-sourced text here, and it also makes the only two claims in our register that we found
#    inaccurate. What does that tell you about "reliable sources"?
# 3. The fragment and the explainer are unsigned and unsourced. Does that make their claims false? What would you
#    do to find out? (SIFT's *Find better coverage*.)
# 4. Choose one loaded word from any article. Who would object to it, and what word would they use instead?
# 5. Why might a teacher refuse to run an "AI detector" on your homework, even if it seemed convenient?
#
# ## What you did
#
# You asked **who, when and where** of each article and dated one from a job title; separated the article from the
# page's furniture; sorted, checked and traced claims; corroborated five texts against each other; read for hedges,
# boosters, loaded words and framing; and used a rubric whose every number points at words. `reveal("04.verdicts")`
# (or any exercise id) shows a reference answer after you have tried.
#
# **Teachers:** `python -m helpers profile my_articles/yourfile.txt` prints this profile, with its evidence, for any
# article you add, so you can check this week's article before class.
