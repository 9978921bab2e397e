# %% [markdown]
# # 04 · Critical reading: who is behind it, on what evidence, in which words
#
# **Time:** 50 minutes for the core (parts 1–7). Parts 8–13 are extensions (about 60 minutes: a second lesson plus
# homework); part 13 is a stretch task.
# **You need:** notebook 00 (the toolkit card). Notebooks 01 and 02 help but are not required; notebook 03 helps
# with the claims about trade, energy and arms.
#
# **By the end you will be able to:**
# 1. **read laterally**: leave a page to find out who is behind a text and the people it cites, and say honestly
#    what you could and could not find;
# 2. use the toolkit from notebook 00 on new material: date a text you have not seen, judge a new poll, check a new
#    claim about signing and ratifying;
# 3. sort claims into facts, opinions, predictions and recommendations, and trace a quotation to where it was said;
# 4. (extension) corroborate five texts against each other, read for hedges, boosters and loaded words, compare
#    the words each side uses for the same event, and explain why no single score (and no "AI detector") settles
#    whether to trust a text.
#
# **The question for the lesson:** *which of these five texts would you rely on, for what, and why? Prove it with
# their own words.*
#
# | part | what you do | habit | minutes | |
# |---|---|---|---|---|
# | 1 | recall the toolkit; bring back your verdict from notebook 00 | all four | 4 | core |
# | 2 | **read the op-ed whole**; what kind of claims does it make? | close reading | 12 | core |
# | 3 | **lateral reading**: who is behind the op-ed and the essay's sources? | sourcing | 14 | core |
# | 4 | date a text you have not seen | sourcing, contextualisation | 5 | core |
# | 5 | a new poll | sourcing | 3 | core |
# | 6 | check a new claim, and trace a quotation | corroboration | 7 | core |
# | 7 | revisit your verdict from notebook 00; discuss | all four | 5 | core |
# | 8 | corroboration matrix: draft your cells, then compare | corroboration | 12 | extension |
# | 9 | hedges, boosters, loaded words | close reading | 8 | extension |
# | 10 | framing: the same event in different words, and each side's own account | close reading, contextualisation | 12 | extension |
# | 11 | a transparent rubric: your ratings against the counted signals | all four | 10 | extension |
# | 12 | no AI detectors; false alarms on a careful text | close reading | 8 | extension |
# | 13 | stretch: audit three of the pack's own sources | sourcing | 10 | extension |
#
# > **If something goes wrong:** a `NameError` means a cell above has not been run (or the kernel restarted). Use
# > *Kernel → Restart Kernel and Run All Cells…*; your typed answers stay in their cells.

# %% [markdown]
# ## Part 1 · Your toolkit, recalled (core, 4 minutes)
#
# Notebook 00 gave you a card with four habits (**sourcing, contextualisation, corroboration, close reading**) and
# the four SIFT moves (**Stop, Investigate the source, Find better coverage, Trace claims**). This notebook uses them
# on new material; each part names the habit it practises. One move on that card you have not practised yet:
# **investigate the source by reading laterally**, which is part 3.
#
# Run the next cell to load the helpers. It also brings back the sourcing verdict you wrote in notebook 00 (if you
# ran that notebook on this computer). Keep it in view: part 7 asks whether you would still give it.

# %%
from helpers import check, hint, load_seeds, profile, reveal
from helpers.claims import load_claims
from helpers.keep import kept_answer
from helpers.lateral import online_route, people_cited, source_audit
from helpers.profiles import SIGNALS, article_from_text, load_calibration_sample, profile, signal_evidence
from helpers.reading import read
from helpers.rubric import compare_ratings, load_rubric, rank_spread, rank_table, weighted_ranking
from helpers.tables import table

corpus = load_seeds()
profiles = profile(corpus)
claims = load_claims()

# %% tags=["nbval-ignore-output"]
# Output not compared by nbval: it shows the answer you kept in notebook 00, if there is one on this computer.
my_first_verdict = kept_answer("00.sourcing")

# %% [markdown]
# ## Part 2 · The document: the op-ed, whole (core, 12 minutes)
#
# **Habit: close reading.** Read the whole op-ed (about 4–5 minutes). The headnote first: a byline, but no outlet, no
# title and no date. An **op-ed** argues for a view; as you read, notice who it is addressed to and what it wants
# them to do. Note the line numbers of two sentences you might quote.

# %%
read("oped")

# %% [markdown]
# ### Exercise 1 · What kind of claim? (close reading, analysis)
#
# A **fact** claim can be checked against the world. An **opinion** is a judgement you weigh rather than check. A
# **prediction** is about the future; a **recommendation** tells someone what to do. Writers often dress one as
# another: "the reality is that ..." sounds like a fact but introduces a judgement. Two of these come from the op-ed
# you have just read (lines 73 and 79 of it); two from texts you will meet in the extension parts:

# %%
four = claims.set_index("id").loc[["E06", "O10", "X10", "O09"]]
table(four[["article", "quote"]])

# %% [markdown]
# Write `"fact"`, `"opinion"`, `"prediction"` or `"recommendation"` for each.

# %% exercise="04.claim_types" tags=["answer"]
claim_types = {"E06": ..., "O10": ..., "X10": ..., "O09": ...}

# %%
check("04.claim_types")

# %% [markdown]
# ## Part 3 · Lateral reading: who is behind it? (core, 14 minutes)
#
# **Habit: sourcing. SIFT move: Investigate the source.** Professional fact-checkers do something most readers do
# not: before reading a page closely, they **leave it**, and read what *other* sources say about who is behind it.
# Historians and students who stayed on the page were fooled by how it looked; fact-checkers who read laterally got
# to better answers faster ([Civic Online Reasoning](https://cor.inquirygroup.org/research/lateral-reading-and-the-nature-of-expertise/)).
#
# Two texts in our set name people: the op-ed names its writer, and the essay cites five analysts by name, with no
# job, institution, title or link for any of them. **What the texts say about these people is all you get on the
# page.** Here is the card, with what the pack's own fact base adds (and, just as important, what it does not):

# %%
from helpers.lateral import online_route, people_cited, source_audit

people_cited()

# %% [markdown]
# Notice how little the offline card can say. That is honest: we will not guess facts about real people. Where our
# sources are silent, the card says so, and that is exactly when you need the **online route**.
#
# **The online route (if you have the web):** five minutes, three tabs, one person. For example:

# %%
online_route("Kashin")

# %% [markdown]
# Rules of thumb for the three tabs:
#
# - A page **about** a person (an institution's staff page, a publisher's author page, a news report) tells you more
#   than a page **by** them.
# - An encyclopedia article is a good first stop, not a last one: follow its references.
# - Spend the five minutes on **who** and **with whom**, not on reading their work; you can do that later.
#
# **The offline route (no web, or no time):** use the card above. It tells you what we could confirm (for one entry,
# the institution behind a study) and names what we could not. Either route ends in the same place: a sentence about
# who is behind the text, and how that changes your trust.
#
# ### Exercise 2 · Plan the first search (sourcing, judgement)
#
# You want to know whether the essay fairly reports what "Elkman, Saari, and Secrieru" said (essay, line 95).
# Which is the **best first** move? Answer with a letter.
#
# - **a** Read the essay again more carefully: it will say who they are somewhere.
# - **b** Search for the three surnames together with "2020", find the institution that published the work, and
#   check the work itself says what the essay says.
# - **c** Trust the claim: three names are more convincing than one.
# - **d** Search for "Elkman" exactly as the essay spells it and take the first result.

# %% exercise="04.lateral_route" tags=["answer"]
first_move = ...  # a letter in quotes

# %%
check("04.lateral_route")

# %% [markdown]
# ### Exercise 3 · Read laterally, and report (sourcing, writing)
#
# Choose **one** person on the card. Use the online route if you can (five minutes), or the offline card if you
# cannot. Then write three sentences: **who** is behind the name (or that you could not find out), **how** you found
# out (which tab, which kind of page, or "the offline card"), and **whether it changes how far you trust** the
# sentence that cites them. Saying "I could not find out" is a good answer when it is true.

# %% exercise="04.lateral" tags=["answer"]
lateral_report = ...  # replace ... with your three sentences in quotes

# %%
check("04.lateral")

# %% [markdown]
# ## Part 4 · Date a text you have not seen (core, 5 minutes)
#
# **Habits: sourcing and contextualisation.** In notebook 01 you dated the fragment from a job title. Use the same
# move on a short made-up item (written for this exercise; it is not one of our five articles):

# %%
new_item = ("Premier Li Qiang told visiting Russian officials in Beijing that trade between the two countries had set "
            "another record, and both sides praised the friendship treaty they had agreed to extend.")
print(new_item)

# %% [markdown]
# The pack's list of office-holders (`helpers/data/office_holders.csv`) gives each title's dates, with sources:

# %%
from helpers.dating import load_office_holders

holders = load_office_holders()
table(holders[holders["person"].isin(["Li Keqiang", "Li Qiang"])][["person", "office", "term"]])

# %% [markdown]
# ### Exercise 4 · The earliest date (contextualisation, analysis)
#
# What is the **earliest** date on which the item could have been written, if its writer was up to date? Write it as
# `"YYYY-MM-DD"`.

# %% exercise="04.new_date" tags=["answer"]
earliest_possible = ...  # a date in quotes, "YYYY-MM-DD"

# %%
check("04.new_date")

# %% [markdown]
# ## Part 5 · A new poll (core, 3 minutes)
#
# **Habit: sourcing.** In notebook 00 you met the essay's 108-vote reader poll. Here is a different, made-up one:
# *a news website asked its readers "Are Russia and China now allies?" and got 2,412 votes: yes 64%, no 29%, not sure
# 7%.*
#
# ### Exercise 5 · What can this poll show? (sourcing, judgement)
#
# Answer with a letter.
#
# - **a** With over 2,000 votes the sample is big enough to show what the public thinks.
# - **b** It shows how the readers who chose to vote answered, and nothing about anyone else; its wording ("now
#   allies") also assumes something the treaty denies.
# - **c** It shows that Russia and China are allies.
# - **d** It is worthless for every purpose.

# %% exercise="04.new_poll" tags=["answer"]
new_poll_shows = ...  # a letter in quotes

# %%
check("04.new_poll")

# %% [markdown]
# ## Part 6 · Check a new claim, and trace a quotation (core, 7 minutes)
#
# **Habit: corroboration. SIFT moves: Find better coverage, Trace claims.** You know from notebook 02 that leaders
# **sign** a treaty and parliaments then **ratify** it. Here are four claims with what our sources say. The first is
# new (a made-up sentence of the kind students write in essays); the others are from the essay and the explainer.
#
# | id | the claim | what our sources say |
# |---|---|---|
# | N1 | "Russia's parliament ratified the treaty on the day Putin and Jiang signed it, 16 July 2001." | signed 16 July 2001; Russia's State Duma ratified it on 26 December 2001 and the Federation Council approved it on 16 January 2002; in force from 28 February 2002 ([Xinhua](http://china.org.cn/english/FR/26084.htm)) |
# | E08 | Putin and Xi "have met over 30 times" | Xi counted almost 30 meetings by June 2019 and called their December 2021 video call the 37th, as TASS reported ([TASS](https://tass.com/politics/1375989)) |
# | X01 | Russia provides "advanced military technology that China can't get anywhere else" | Russia supplied about 70% of China's arms imports in 2014–18, but France and Ukraine supplied it too ([BOFIT](https://bofit.fi/en/monitoring/weekly/2019/vw201911_5)) |
# | E13 | Russia and China are "the second and third most powerful militaries on earth" | one commercial index ranks them 2nd and 3rd (leaving nuclear weapons out); by spending, China is 2nd and Russia 5th; there is no agreed ranking ([Newsweek](https://www.newsweek.com/how-top-powers-us-russia-china-compare-other-militaries-across-globe-during-past-decade-1477523)) |
#
# ### Exercise 6 · Your verdicts (corroboration, judgement)
#
# Give each a verdict: `"accurate"`, `"partly accurate"`, `"inaccurate"`, `"contested"` (reasonable sources disagree)
# or `"unverifiable"`.

# %% exercise="04.verdicts" tags=["answer"]
verdicts = {"N1": ..., "E08": ..., "X01": ..., "E13": ...}

# %%
check("04.verdicts")

# %% [markdown]
# **Trace a quotation.** The op-ed (line 53, which you have read) quotes Putin: in October 2020, it says, he called a
# Russia–China military alliance unnecessary, "but, theoretically, it's quite possible to imagine it." It gives a
# month, but no occasion, audience or link. Here is the claim's card from the register:

# %%
from helpers.claims import format_trace, trace

print(format_trace(trace("O05", claims, corpus)))

# %% [markdown]
# The trail leads to the annual meeting of the Valdai Discussion Club on **22 October 2020**, where Putin, speaking
# by video link, answered a question from the Chinese scholar Yan Xuetong, as TASS reported
# ([TASS](https://tass.com/politics/1213751)). The op-ed reports the gist fairly; but the first half of the answer
# said Russia did **not** need such an alliance, and a quotation that kept only the second half would tell a
# different story.
#
# ### Exercise 7 · What did tracing add? (corroboration, analysis)
#
# Answer with a letter. Tracing the quotation told us something the op-ed did not:
#
# - **a** that Putin proposed an alliance with China in October 2020
# - **b** where and to whom Putin said it: at the Valdai Discussion Club, answering a question from Yan Xuetong
# - **c** that the quotation was made up
# - **d** that Xi Jinping agreed with Putin

# %% exercise="04.trace" tags=["answer"]
tracing_added = ...  # a letter in quotes

# %%
check("04.trace")

# %% [markdown]
# ## Part 7 · Revisit your first verdict (core, 5 minutes)
#
# **All four habits.** In notebook 00 you decided whether to cite the unsigned news summary for the 2021 extension
# (your answer is printed under the first cells of this notebook, if you kept it; otherwise, write what you remember).
#
# ### Exercise 8 · Would you still give it? (sourcing, writing)
#
# In two or three sentences: would you give the same verdict today? Name **one move from this notebook** (reading
# laterally, tracing, checking a claim against a better source) that you would now use on the summary, and what you
# would expect it to show.

# %% exercise="04.revisit" tags=["answer"]
second_verdict = ...  # replace ... with your answer in quotes

# %%
check("04.revisit")

# %% [markdown]
# > **Discuss:** which of the five would you cite in a school essay, and for which claims? Which would you use
# > only as an example of a point of view? Does the essay's list of named analysts make it more trustworthy, now
# > that you know the page tells you nothing about them?

# %% [markdown]
# ## Part 8 · Corroboration: what do the others say? (extension, 12 minutes)
#
# **Habit: corroboration.** We went through all five articles and pulled out **61 claims**, each quoted word for
# word, with a **type**, a **verdict** with our reasoning, and the **sources** behind it, in `helpers/data/claims.csv`.
# Before you see our matrix, put some of its questions to the articles yourself. Use
# `sentences_with(article, word, around=1)` to find passages; two searches to start you off:

# %%
import matplotlib.pyplot as plt

from helpers.claims import compare_with_reference, contradictions, corroboration_matrix, plot_matrix, sentences_with

table(sentences_with(corpus["essay"], "customer", around=1)[["sentence"]])

# %%
table(sentences_with(corpus["explainer"], "arms supplier")[["sentence"]])

# %% [markdown]
# ### Exercise 9 · Draft the cells before you see ours (corroboration, judgement)
#
# Decide each cell: `"supports"`, `"contradicts"` or `"silent"`. Search for more words in a new cell if you need to
# (try `"alliance"`, `"Crimea"`, `"treaty"`).
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
my_cells = {
    "arms_sales/essay": ...,
    "arms_sales/explainer": ...,
    "alliance_possible/oped": ...,
    "alliance_possible/essay": ...,
    "crimea_annexation/essay": ...,
    "extension/explainer": ...,
}

# %%
check("04.matrix")

# %% [markdown]
# Whatever the check said, compare your cells with ours, and read the words that decided each one:

# %%
compare_with_reference(my_cells, keys=list(my_cells))

# %% [markdown]
# Here is the whole reference matrix as a picture: eleven statements put to the five articles.

# %%
ax = plot_matrix(corroboration_matrix())
ax.set_title("Eleven statements put to the five articles", fontsize=14, pad=30)
plt.tight_layout()
plt.show()
print("Figure: a grid of eleven statements (rows) by five articles (columns); each cell marks whether the article "
      "supports the statement, contradicts it or is silent.")

# %% [markdown]
# - **Agreement is not confirmation.** All five say Russia and China back each other at the UN, but none cites a
#   vote. The record bears it out in part: they vetoed Security Council drafts together on Syria from 2011
#   ([JusticeInfo](https://www.justiceinfo.net/en/live-feed/44836-russia-s-previous-un-vetoes-on-syria.html)), yet
#   China abstained rather than vetoing when Russia blocked a draft on its invasion of Ukraine in February 2022
#   ([Security Council Report](https://www.securitycouncilreport.org/un-documents/document/s-2022-155.php)).
# - **The contradictions are where to dig.** The essay says Russian arms sales have been dwindling; the explainer
#   calls Russia a supplier China "can't get anywhere else". Each is partly right: SIPRI's figures show sales fell
#   after about 2006, then revived with the S-400 (contract 2014) and Su-35 (contract 2015) deals
#   ([Reuters, 2008](https://www.reuters.com/article/topNews/idUSL2691909720080331);
#   [SIPRI, 2023](https://www.sipri.org/media/press-release/2023/surge-arms-imports-europe-while-us-dominance-global-arms-trade-increases)).
# - **Silence has a date.** The essay (July 2021) could not know about the 2022 war.
#
# The register marks every clash between two articles:

# %%
table(contradictions(claims))

# %% [markdown]
# ## Part 9 · Close reading: how sure, and in which words (extension, 8 minutes)
#
# **Habit: close reading.** **Hedges** soften a claim (*may, likely, to some extent*); **boosters** harden it
# (*undeniably, clearly, the reality is*). Neither is good or bad in itself: the question is whether the certainty
# is **earned by evidence**. The essay mixes both in one passage:

# %%
table(sentences_with(corpus["essay"], "undeniably been increasing", around=1)[["sentence"]])

# %% [markdown]
# ### Exercise 10 · Hedge or booster? (close reading, analysis)

# %% exercise="04.stance" tags=["answer"]
stance_words = {"undeniably": ..., "partially": ..., "not necessarily": ...}  # "hedge" or "booster"

# %%
check("04.stance")

# %% [markdown]
# **Loaded words** carry a judgement as well as a meaning (*regime, aggressive, repressive*); **informal register**
# ("Hey guys!", "buckle up") tells you about genre and audience. Each count opens up to its words. The fragment's
# loaded words (you read the fragment in notebook 00):

# %%
table(signal_evidence(corpus["fragment"], "loaded")[["start", "end", "text"]])

# %% [markdown]
# The word lists behind these counts are in `helpers/data/lexicon.csv`, so you can see exactly what is counted, and
# argue with it.
#
# **Read the explainer (extension reading, about 11 minutes).** It is the one text in the set you have not yet read
# whole. Read it now, or at home, and notice three things: whom it talks to, what it repeats, and whether it names a
# single source. (It says both countries want a **multipolar** world: one with several great powers; see its
# glossary.)

# %%
read("explainer")

# %% [markdown]
# ## Part 10 · Framing: the same event in different words (extension, 12 minutes)
#
# **Habits: close reading and contextualisation.** **Framing** means choosing which side of a story to light up,
# often with a single word. Some word groups that matter in writing about Russia and China, counted in each article:

# %%
from helpers.framing import framing_spans, framing_table

framing_table(corpus)

# %% [markdown]
# **Crimea, 2014, by the record.** Russia made Crimea part of Russia in March 2014, two days after a referendum
# ([RFE/RL](https://www.rferl.org/a/russia-crimea-ukraine-treaty/25301179.html)). On
# 27 March 2014 the UN General Assembly adopted resolution 68/262, which called the referendum invalid: **100** member
# states voted for it, **11** against, and **58** abstained, China among them (UN News, "Backing Ukraine's territorial
# integrity, UN Assembly declares Crimea referendum invalid", document A/RES/68/262;
# [VOA report of the vote](https://www.voanews.com/a/un-general-assembly-declares-crimean-vote-to-join-russia-invalid/1880702.html)).
#
# **Each side's own account, in our words.** Russia's government calls the event the *reunification* of Crimea with
# Russia, stressing the referendum. Most of the states that voted for resolution 68/262 call it an *annexation*
# of Ukrainian land. China abstained, and its UN ambassador explained the vote
# ([China Daily](http://usa.chinadaily.com.cn/world/2014-03/28/content_17386417.htm), state media: fine for what an
# official said). Same event, three words in our articles:

# %%
crimea = framing_spans(corpus)
table(crimea[crimea["group"] == "Crimea 2014"][["article", "text", "sentence"]])

# %% [markdown]
# ### Exercise 11 · Who says it? (close reading, analysis)
#
# Match each word to the speaker who tends to use it: **a** the UN General Assembly majority and most states that
# voted; **b** the Russian government and Russian media; **c** writers who put the 2014 referendum first and leave
# Russia's part out.

# %% exercise="04.crimea_words" tags=["answer"]
who_says = {"annexation": ..., "reunification": ..., "secession": ...}  # "a", "b" or "c"

# %%
check("04.crimea_words")

# %% [markdown]
# **How each government describes the partnership, beside the Western view** (all in our words, with sources):
#
# | who | how they describe the relationship | source |
# |---|---|---|
# | China's government | a partnership that is *not an alliance, not confrontational and not aimed at any third country*, a formula used since 1996 and repeated in 2024 | [Chinese foreign ministry](https://www.fmprc.gov.cn/eng/ziliao_665539/3602_665543/3604_665547/200011/t20001117_697849.html) (official) |
# | Russia's government | Putin said in October 2020 that the two did not need a military alliance, but that one could not be ruled out in theory | [AP report](https://www.lakecountystar.com/news/article/Putin-Russia-China-military-alliance-can-t-be-15667694.php) (wire) |
# | both, together | their March 2023 joint statement said the relationship is not a Cold-War-style military-political alliance | [BBC](https://www.bbc.co.uk/news/world-asia-65030929) (news) |
# | NATO | the July 2024 summit declaration called China a "decisive enabler" of Russia's war against Ukraine | [AFP report](https://www.brecorder.com/news/40312490/nato-boosts-asia-ties-in-face-of-china) (news) |
#
# **"Regime" or "government"?** "Regime" signals disapproval; critics say it is applied selectively
# ([Fair Observer](https://www.fairobserver.com/region/middle_east_north_africa/language-legitimacy/), an opinion
# platform). The summary uses "regimes" for both governments (line 5, which you read in notebook 00). **"Axis of
# convenience"** is Bobo Lo's phrase for a tie built on short-term convenience
# ([review](http://www.independent.co.uk/arts-entertainment/books/reviews/axis-of-convenience-by-bobo-lo-1057802.html));
# the essay argues *against* the similar "marriage of convenience". Quoting a frame is not adopting it.
#
# ### Exercise 12 · Rewrite it neutrally (close reading, writing)
#
# The BBC tells its journalists not to adopt other people's language as their own, and to describe what happened
# instead ([Guardian report](https://www.theguardian.com/media/2005/dec/16/terrorism.broadcasting)). Here is a
# sentence from the summary (lines 9–13, which you read in notebook 00), with the writer's own verdict
# ("legitimate concerns", "serious human rights abuses") tucked inside a report of events:

# %%
table(sentences_with(corpus["summary"], "legitimate concerns")[["sentence"]])

# %% [markdown]
# Rewrite it so that it reports the same facts but **says who holds each view**, and makes room for the other side (if
# the article does not tell you how Moscow and Beijing answer, say so rather than invent it).

# %% exercise="04.rewrite" tags=["answer"]
neutral_version = ...  # replace ... with your sentence(s) in quotes

# %%
check("04.rewrite")

# %% [markdown]
# ## Part 11 · A transparent rubric, and why there is no single score (extension, 10 minutes)
#
# **All four habits.** The pack counts a few signals in each article. Every number can be opened up to show the words
# behind it (`signal_evidence(article, signal)`). Here they are for the five articles, one row per signal:

# %%
from helpers.profiles import SIGNALS
from helpers.rubric import compare_ratings, load_rubric, rank_table, weighted_ranking

signals_table = profiles.drop(columns=[c for c in ("title",) if c in profiles.columns]).T
signals_table.insert(0, "what it counts", [SIGNALS.get(name, "") for name in signals_table.index])
table(signals_table)

# %% [markdown]
# ### Rate them yourself first
#
# Rate each article from **1** (weak) to **5** (strong) on three criteria: **who** (can you tell who is behind it,
# when, where?), **evidence** (does it show where its claims come from?), **language** (is the wording measured and
# fair?). Fill in the numbers (replace each `...`) and run the cell after it; blank ratings stay blank.

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
# Where you and the signals disagree, one of you has missed something: look at the evidence. If you run the notebook
# in JupyterLab, the sliders below do the same thing interactively.

# %% tags=["nbval-ignore-output"]
# Output not compared by nbval: widget state lives in the browser. The table above shows the same comparison.
from helpers.widgets import rating_sliders

rating_sliders(corpus, profiles)

# %% [markdown]
# **Weights are choices.** Adding up weighted signals gives an ordering, but one ordering under one set of choices.
# Watch it move when the choices move:

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
# ### Exercise 13 · Why does the summary do so well? (analysis)
#
# Under the weights in `rubric.csv`, the unsigned, undated summary, with no quotations and no references, comes
# **second**. Answer with a letter:
#
# - **a** because it is the second most reliable of the five articles
# - **b** because it scores well for what it lacks: no vague attributions, no boosters, no informal phrases,
#   no repetition
# - **c** because it is the easiest to read
# - **d** because the ranking is random

# %%
weighted_ranking(profiles)

# %% exercise="04.summary_rank" tags=["answer"]
why_second = ...  # a letter in quotes

# %%
check("04.summary_rank")

# %% [markdown]
# ### Exercise 14 · A human row: purpose, with evidence (close reading, writing)
#
# What does the op-ed (part 2) want its readers to **think or do**? Answer in a sentence or two, and include at least
# one quotation from the op-ed in quotation marks (use the line numbers in part 2 to find it). The check tells you
# whether your quotation really is in the op-ed, word for word.

# %% exercise="04.purpose" tags=["answer"]
oped_purpose = ...  # replace ... with your answer in quotes, with a "quotation" inside it

# %%
check("04.purpose")

# %% [markdown]
# ## Part 12 · No AI detectors, and a calibration test (extension, 8 minutes)
#
# **Habit: close reading.** Some of our texts read as if they were churned out quickly. It is tempting to ask a tool
# whether a machine wrote them. **We do not, and neither should you.**
#
# - Researchers at Stanford found that seven AI detectors flagged more than half of a set of essays by non-native
#   English speakers as machine-written, while judging US eighth-graders' essays almost perfectly
#   ([Stanford HAI](https://hai.stanford.edu/news/ai-detectors-biased-against-non-native-english-writers)).
# - OpenAI withdrew its own detector in July 2023, citing its low accuracy: it caught about a quarter of AI text and
#   wrongly flagged about one human text in eleven ([The Hindu](https://www.thehindu.com/sci-tech/technology/openai-pulls-back-ai-generated-text-detector-cites-low-rate-of-accuracy/article67126812.ece/amp/)).
# - A study of fourteen detection tools judged them neither accurate nor reliable
#   ([Weber-Wulff et al., 2023](https://edintegrity.biomedcentral.com/articles/10.1007/s40979-023-00146-z)).
#
# So the signals are **reasons to check**, never proof of who, or what, wrote a text. Careful writing can set them
# off too: here is a short, careful text we wrote for this pack, with its sources
# (`helpers/data/calibration_sample.txt`), and every flag the signals raise in it.

# %%
from helpers.profiles import load_calibration_sample

careful = load_calibration_sample()
read(careful, glossary=False)

# %%
import pandas as pd

careful_flags = pd.concat([signal_evidence(careful, signal).assign(signal=signal) for signal in
                           ("vague_sources_per_1000", "hedges_per_1000", "boosters_per_1000", "loaded", "informal")],
                          ignore_index=True)
table(careful_flags[["signal", "start", "end", "text"]])

# %% [markdown]
# ### Exercise 15 · False alarms (close reading, judgement)
#
# Find each flagged word in the careful text above and read it in its sentence. True or False: **each** flag points
# to a real weakness in that text.

# %% exercise="04.calibration" tags=["answer"]
every_flag_is_a_weakness = ...  # True or False, without quotes

# %%
check("04.calibration")

# %% [markdown]
# "Analysts" is counted as a vague source, but the next sentence names one. "likely" is a hedge, and an honest one:
# it is a forecast. "annexation" and "reunification" are counted as loaded, but the text *reports* who uses each
# word. You can paste a careful text of your own into `article_from_text("...")` and look for the false alarms.

# %% [markdown]
# ## Part 13 · Stretch: audit three of the pack's own sources (extension, 10 minutes)
#
# **Habit: sourcing. SIFT move: Investigate the source.** This pack cites hundreds of web addresses, and it should pass
# its own test. Here are three sources it used at some point, with what it used each one for:

# %%
source_audit()

# %% [markdown]
# For each, read laterally (online, or from what you know about the kind of outlet): **who is behind it**, and is it
# a good source **for that kind of claim**? Two kinds of source to know: **state media** (outlets a government or
# ruling party controls) and a **think tank** (a research institute that publishes policy analysis; some are
# independent, some linked to a government). The rule of thumb this pack follows: state media is fine for *what an
# official said*, but not on its own for a *checkable number*; and a retelling is never better than the original.
#
# ### Exercise 16 · Keep or replace? (sourcing, judgement)
#
# For each source write `"keep"` or `"replace"`. The feedback explains our own decision for each.

# %% exercise="04.audit" tags=["answer"]
audit = {"A": ..., "B": ..., "C": ...}  # "keep" or "replace"

# %%
check("04.audit")

# %% [markdown]
# ## What you did
#
# You read the op-ed whole; read laterally about the people behind two texts, saying honestly what you could not find;
# dated a new text, judged a new poll and checked a new claim with the toolkit from notebook 00; traced a quotation;
# and revisited your first verdict. In the extension parts you corroborated five texts, read for stance and framing,
# and saw why counted signals are reasons to look, never verdicts.
#
# **Teachers:** `python -m helpers profile my_articles/yourfile.txt` prints the signals, with their evidence, for
# any article you add; notebook 05 (the capstone) uses lateral reading again on a text of the student's choosing.
