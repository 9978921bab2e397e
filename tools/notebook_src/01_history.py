# %% [markdown]
# # 01 · History: from the 1950 alliance and the split to the 2001 treaty and after
#
# **Time:** 50 minutes for the core (parts 1–5). Parts 6–9 are extensions (about 45 minutes, including reading the
# whole essay as homework).
# **You need:** notebook 00 (how to run cells, the toolkit card). No Python experience is assumed; each exercise
# asks you to fill in a template.
#
# **By the end you will be able to:**
# 1. read an essay's account of history as a document, and check it against a sourced timeline;
# 2. tell the story of Russia–China relations since 1950 in seven eras (our own division, with our reasons),
#    including both governments' accounts of the 1969 border clash;
# 3. weigh two readings of today's partnership, a *marriage of convenience* or a *long rapprochement*, with dated
#    evidence for each;
# 4. (extension) read a trade chart with its limits, and date an undated text from the clues inside it.
#
# **The question for this lesson:** the essay in our collection argues that today's partnership is "not necessarily
# a 'marriage of convenience'" but the result of "30+ years of rapprochement since the Sino-Soviet split". Is it
# right?
#
# | part | what you do | habit | minutes | |
# |---|---|---|---|---|
# | 1 | **read the document**: the essay's thesis and its "Historical Context" section | sourcing, close reading | 9 | core |
# | 2 | seventy years in one picture | contextualisation | 7 | core |
# | 3 | the story, era by era (with both sides' accounts) | contextualisation | 14 | core |
# | 4 | check the essay's history against the timeline | corroboration | 10 | core |
# | 5 | convenience or rapprochement? your argument | all four | 10 | core |
# | 6 | trade: what the numbers show and do not | contextualisation | 8 | extension |
# | 7 | the date detective | sourcing | 15 | extension |
# | 8 | read the whole essay (homework) | close reading | 20 | extension |
# | 9 | explore the timeline yourself | | 3 | extension |
#
# > **If something goes wrong:** a `NameError` means a cell above has not been run (or the kernel restarted). Use
# > *Kernel → Restart Kernel and Run All Cells…*; your typed answers stay in their cells.

# %% [markdown]
# ## Part 1 · The document: the essay's history (core, 9 minutes)
#
# **Habits: sourcing and close reading.** Start with the text you will judge. First the essay's claim, in its own
# words (the headnote says who wrote it and when):

# %%
from helpers import check, hint, load_seeds, reveal
from helpers.reading import read

corpus = load_seeds()
read("essay", lines=(255, 262))

# %% [markdown]
# **Rapprochement** (from French) means two states re-establishing friendly relations after a period of hostility.
# Now the evidence the essay offers: its "Historical Context" section, whole (about 2–3 minutes). As you read, note
# which events it mentions, and which source it names.

# %%
read("essay", lines=(47, 85))

# %% [markdown]
# ### Exercise 1 · What does the essay claim? (close reading, analysis)
#
# Which sentence best states the essay's argument in lines 255–260? Answer with one letter, in quotes.
#
# - **a** The partnership is a marriage of convenience caused by Western pressure.
# - **b** Isolation explains part of the recent closeness, but the partnership mainly grew out of three decades of
#   coming back together after the split.
# - **c** Russia and China have been allies ever since the 1950 treaty.
# - **d** Isolation has nothing to do with the recent closeness.

# %% exercise="01.thesis" tags=["answer"]
essay_claims = ...  # a letter in quotes

# %%
check("01.thesis")

# %% [markdown]
# Notice what the section rests on: one named analyst, Vasily Kashin, with no title, institution or link. Notebook 04
# shows you how to find out who is behind a name like that (lateral reading). Here, you check the *events* instead.

# %% [markdown]
# ## Part 2 · Seventy years in one picture (core, 7 minutes)
#
# **Habit: contextualisation.** Every event in this notebook is a row in `helpers/data/timeline.csv` (open it in
# JupyterLab like a spreadsheet): a date written only as precisely as we know it, the era, a one-line description in
# our own words, the areas it touches, an **uncertain** flag, and a source you can check.
#
# The figure shows the **key events**, with the seven eras shaded behind them. A **hollow circle on a dashed line**
# with "(?)" is an event whose date is uncertain; a **thick bar** on the axis lasted a while; the orange marks at the
# bottom show **when each of our five articles was written**.

# %%
import matplotlib.pyplot as plt

from helpers.timeline import events_card, load_eras, load_timeline
from helpers.display import describe_figure
from helpers.timeline_plots import plot_timeline

figure = plot_timeline(key_only=True)
plt.show()
print(describe_figure(figure))

# %% [markdown]
# Every one of our articles was written in 2021 or later, at the far right. They look back over seventy years, but
# each writer could only know what had happened **before** their own mark.
#
# The era boundaries are **our choices for this pack**, not official dates; historians draw them differently. Here
# they are, with the reason for each (from `helpers/data/eras.csv`):

# %%
from helpers.tables import table

table(load_eras()[["era", "start_date", "end_date", "reasoning"]].set_index("era"))

# %% [markdown]
# ## Part 3 · The story, era by era (core, 14 minutes)
#
# **Habit: contextualisation.** Read the story; the tables under each era give the events with their sources (click
# a source to open it).
#
# **The alliance (1950–1955).** In February 1950 the new People's Republic of China signed a treaty of *friendship,
# alliance and mutual assistance* with the Soviet Union. An **alliance** is a promise to help each other if attacked:
# this one said that if Japan, or a state allied with Japan, attacked one of them, the other would help at once,
# with all the means it had. Remember it when you read about the 2001 treaty, which makes no such promise.
#
# **The split and confrontation (1956–1989).** After Khrushchev condemned Stalin in 1956, Moscow and Beijing
# quarrelled more and more openly. In July–August 1960 the Soviet Union recalled its experts from China, and the
# **Sino-Soviet split** became an open break between 1960 and 1963, with public polemics by 1963.
#
# In March 1969 the quarrel turned into fighting on the border river Ussuri, on an island the Chinese call Zhenbao
# and the Russians Damansky. **The two governments told it differently.** Beijing's official account blamed a
# Soviet incursion onto Chinese territory; Moscow's described a Chinese attack on its border guards. Most historians
# now accept that Chinese forces struck first on 2 March; each side gave its own, very different casualty figures,
# and clashes along the border went on for months (documents from both sides are collected in the
# [Wilson Center Digital Archive](http://digitalarchive.wilsoncenter.org/collection/192/sino-soviet-border-conflict-1969),
# a primary-source archive).
#
# On 3 April 1979 China told Moscow it would not renew the alliance treaty, and it expired at the end of its
# thirty-year term in April 1980 ([Washington Post, 4 April 1979](https://www.washingtonpost.com/archive/politics/1979/04/04/china-will-not-renew-1950-soviet-friendship-pact/753055aa-0746-4c7d-ac10-f33658ffa910/)).

# %%
events_card(era="split and confrontation")

# %% [markdown]
# **Normalisation (1989–1996).** In May 1989 Gorbachev came to Beijing, the first Soviet leader to visit in thirty
# years, and with Deng Xiaoping declared relations **normal** again (*normalisation*: a return to ordinary
# relations). Then things moved fast: formal talks on Su-27 fighter jets began around mid-1990, China signed for its
# first 24 Su-27s on 28 December 1990, and the first jets arrived on 27 June 1992; an agreement on most of the
# eastern border was signed in May 1991; and when the Soviet Union broke up that December, Russia took over its
# border and its treaties with China.

# %%
events_card(era="normalisation")

# %% [markdown]
# **Strategic partnership (1996–2001) and the treaty era (2001–2014).** In April 1996 Yeltsin and Jiang Zemin
# announced a **strategic partnership** (a label for an important, long-term relationship without an alliance's
# defence promise), and the next day China, Russia and three Central Asian neighbours agreed on military
# **confidence-building** along their borders: steps such as fewer troops near the border and notice of exercises,
# which make a surprise attack less likely. In June 2001 that group became the
# **Shanghai Cooperation Organisation** (SCO), and in July 2001 Putin and Jiang signed the 2001 treaty. The border fought over in 1969 was
# settled piece by piece; the markers went up in October 2008.
#
# **How each government describes what it built** (in our words): from 1996 Beijing has called the relationship a
# partnership that is *not an alliance, not confrontational and not aimed at any third country*
# ([Chinese foreign ministry](https://www.fmprc.gov.cn/eng/ziliao_665539/3602_665543/3604_665547/200011/t20001117_697849.html),
# official); in October 2020 Putin said the two did not need a military alliance, though one could not be ruled out
# in theory ([AP report](https://www.lakecountystar.com/news/article/Putin-Russia-China-military-alliance-can-t-be-15667694.php)).
# Notebook 04 sets these official views beside Western ones.
#
# **After 2014.** In March 2014 Russia made Crimea part of Russia after a referendum there. Russia calls it
# *reunification*; most of the states that voted against the referendum's validity call it an **annexation** (taking
# territory by force or one-sided act). On 27 March 2014 the UN General Assembly adopted resolution 68/262, calling the referendum
# invalid, by **100 votes to 11, with 58 abstentions, China among them** (UN News report of the vote, document
# A/RES/68/262; [VOA report](https://www.voanews.com/a/un-general-assembly-declares-crimean-vote-to-join-russia-invalid/1880702.html)).
# Several of our articles say that Western **sanctions** (penalties such as bans on trade and loans) then pushed
# Russia towards China; part 6 tests that claim against the trade figures. Two months later Gazprom and China's
# CNPC signed a 30-year gas contract for the Power of Siberia pipeline, which opened in December 2019. Joint exercises
# grew: the first large one, *Peace Mission 2005*, had about 10,000 troops in all; for Russia's Vostok-2018 exercise,
# China's defence ministry said about 3,200 Chinese troops took part (that number comes only from the two
# governments).
#
# **After February 2022.** On 4 February 2022 the two governments declared a friendship with "no limits". Twenty days
# later Russia launched its full-scale invasion of Ukraine. When Russia **vetoed** a draft Security Council resolution
# on the invasion the next day, China **abstained**: it neither joined the veto nor voted for the draft. In March 2023
# Xi made a state visit to Moscow. Western governments read the partnership differently from Moscow and Beijing:
# NATO's July 2024 summit declaration called China a "decisive enabler" of Russia's war
# ([AFP report](https://www.brecorder.com/news/40312490/nato-boosts-asia-ties-in-face-of-china)).

# %%
events_card(era="after February 2022")

# %% [markdown]
# ### Exercise 2 · Put them in order (contextualisation, procedure)
#
# Six events from the story, jumbled: **a** Russia takes Crimea; **b** Relations normalised; **c** Power of Siberia
# opens; **d** Border clash on the Ussuri; **e** 2001 treaty signed; **f** Shanghai Five border pact. Put their
# letters in order, earliest first (each `...` becomes a letter in quotes).

# %% exercise="01.order" tags=["answer"]
in_order = [..., ..., ..., ..., ..., ...]  # six letters, earliest first, e.g. "a"

# %%
check("01.order")

# %% [markdown]
# ### Exercise 3 · Which era, and why there? (contextualisation, analysis)
#
# For each event, write the era it belongs to, spelt as in the eras table or as the figure labels it (for example
# `"treaty era"` or `"after Feb 2022"`). The tricky ones are tricky on purpose: an event can sit in an era whose
# name it does not match.

# %% exercise="01.eras" tags=["answer"]
era_of_event = {
    "China won't renew 1950 treaty": ...,
    "Eastern border agreement": ...,
    "SCO founded": ...,
    "Peace Mission 2005": ...,
    "30-year gas deal": ...,
    "China abstains at the UN": ...,
}

# %%
check("01.eras")

# %% [markdown]
# ## Part 4 · The essay's history against the timeline (core, 10 minutes)
#
# **Habit: corroboration.** Here are the essay's historical claims from part 1, each matched to a timeline event and
# the source behind it:

# %%
from helpers.timeline import essay_history_check

essay_history_check(corpus["essay"])

# %% [markdown]
# Most of it holds up: relations were indeed normalised at the May 1989 summit, and China was the biggest buyer of
# Russian arms in the 1990s (SIPRI's figures, as reported by [Reuters in 2008](https://www.reuters.com/article/topNews/idUSL2691909720080331)
# and by SIPRI's [Paul Holtom](https://www.gpsdaily.com/reports/China_Goes_Berserk_In_Russian_Arms_Bazaar_Up_Part_One_999.html)). Two things to notice:
#
# - **A date that does not quite fit.** The essay (line 66, citing Kashin) puts "sophisticated armament sales" in
#   1989, *before* the summit. Our sources put the first fighter contract in December 1990. Kashin may have meant
#   something more specific; we cannot tell without his text. A claim without a reference is hard to check.
# - **What is left out.** Read lines 47–68 again: the essay's history jumps from "the Sino-Soviet split" to the late
#   1980s.
#
# ### Exercise 4 · What the essay leaves out (corroboration, analysis)
#
# Which of these does the essay's "Historical Context" section **not** mention? Answer with one letter.
#
# - **a** the May 1989 summit
# - **b** the 1969 border clashes
# - **c** the collapse of the Soviet Union
# - **d** Russian arms sales to China

# %% exercise="01.left_out" tags=["answer"]
left_out = ...  # a letter in quotes

# %%
check("01.left_out")

# %% [markdown]
# > **Discuss:** (3 minutes) The essay argues that the partnership grew out of thirty years of rapprochement.
# > Does leaving out the 1950 alliance and the 1969 fighting make that argument stronger or weaker? What would a
# > reader who knew only the essay get wrong?

# %% [markdown]
# ## Part 5 · A marriage of convenience, or a long rapprochement? (core, 10 minutes)
#
# **All four habits.** People who study the subject answer this differently. Here is evidence from our timeline for
# each reading; decide how much each row weighs.
#
# **For a long rapprochement:** the steps back together began long before 2014, and several were slow, binding work.

# %%
events_card(["normalisation", "border_east_1991", "strategic_partnership", "sco_founded", "treaty_signed",
             "peace_mission_2005", "border_complete_2008", "top_partner_2010"])

# %% [markdown]
# **For a marriage of convenience:** the biggest leaps came when Russia was at odds with the West, and there are
# limits neither has crossed: the treaty says it is not an alliance, and China abstained at the UN instead of voting
# with Russia. The 1950 alliance, far tighter on paper, was coming apart within six years.

# %%
events_card(["crimea_2014", "gas_deal_2014", "no_limits", "invasion", "un_abstention"])

# %% [markdown]
# Two cautions: **our timeline is a selection** (counting events per era would measure our choices), and **the two
# readings can both be partly true**. The essay itself lists where interests clash: Central Asia, the Arctic, Russia's
# arms sales to India, and Russia's fear of becoming the **junior partner** (the weaker side that has to follow).
#
# ### Exercise 5 · Your argument (all four habits, writing)
#
# In four to six sentences: which reading do you find more convincing, and why? Use **at least two dated events**
# from the timeline as evidence, and say what the **strongest point on the other side** is.

# %% exercise="01.argument" tags=["answer"]
my_argument = ...  # replace ... with your answer in quotes

# %%
check("01.argument")

# %% [markdown]
# ## Part 6 · Trade: what the numbers show, and what they do not (extension, 8 minutes)
#
# **Habit: contextualisation.** Trade is the number people reach for when they say the two countries are getting
# closer. Here are the yearly totals our sources give. The full series from 2000 to 2025, with the Russian counts
# beside the Chinese ones, is in notebook 03.
# Read the caption before the bars.

# %%
from helpers.timeline_plots import plot_trade

figure = plot_trade()
plt.show()
print(describe_figure(figure))

# %% [markdown]
# Four honest limits of this chart:
#
# - **Money, not volume.** US dollars of each year, not adjusted for inflation or for oil and gas prices.
# - **Goods only.** Services and investment are not in these totals.
# - **Whose count?** Russian customs count differently: for 2018 Russia's customs service put the total at about
#   \$108bn, slightly above the Chinese figure.
# - **Gaps and guesses.** Some years have no figure in our sources, and the hatched bars are uncertain. Here is why:

# %%
from helpers.timeline import load_trade

trade = load_trade()
table(trade[trade.uncertain][["year", "total_usd_bn", "note"]].set_index("year"))

# %% [markdown]
# ### Exercise 6 · Did sanctions push Russia towards China? (contextualisation, judgement)
#
# Two of our articles say Western sanctions pushed Russia towards China. Trade hit a record in 2014, then *fell* in
# 2015 and took until 2018 to pass \$100bn; in 2022 and 2023 it rose by more than a quarter each year. What does the
# chart allow you to say? Answer with a letter.
#
# - **a** It proves sanctions pushed Russia towards China in both periods.
# - **b** It fits the claim after 2022 better than after 2014, but it cannot show the cause, and prices alone can
#   move these totals.
# - **c** It disproves the claim, because trade fell in 2015.
# - **d** It says nothing at all about the relationship.

# %% exercise="01.trade_claim" tags=["answer"]
trade_verdict = ...  # a letter in quotes

# %%
check("01.trade_claim")

# %% [markdown]
# ## Part 7 · The date detective (extension, 15 minutes)
#
# **Habit: sourcing.** Only one of our articles prints its date. For the others we work it out, the way a historian
# dates a letter, from **clues inside the text**: dates and relative words ("this week"), **people with their job
# titles** ("Premier Li Keqiang" was premier from 15 March 2013 to 11 March 2023), and **named events** (a text that
# calls the war in Ukraine "ongoing" was written after it started). The fragment calls Li Keqiang China's
# "second-highest-ranking official": he held the No. 2 place in the **Politburo Standing Committee** (the small group
# at the top of China's Communist Party) until 22 October 2022; China's **premier** heads its government. Here are
# the clues the detective finds in the fragment (you read it whole in notebook 00), highlighted:

# %%
from helpers.dating import date_article, date_corpus, dating_evidence, evidence_spans
from helpers.display import show

fragment = corpus["fragment"]
fragment_clues = dating_evidence(fragment)
show(fragment, layers=["clue"], annotations=evidence_spans(fragment_clues))

# %%
table(fragment_clues[["text", "kind", "earliest", "latest", "strength", "reason"]])

# %%
print(date_article(fragment).verdict)

# %% [markdown]
# Here is the detective's verdict on all five articles, next to the estimate in our catalog. Where a table shows
# `NaT` ("Not a Time") in a date column, there is no date: the explainer gives the detective nothing to go on.

# %%
table(date_corpus(corpus)[["likely_earliest", "likely_latest", "verdict", "catalog"]])

# %% [markdown]
# ### Exercise 7 · Could the essay's writer have known? (contextualisation, analysis)
#
# The essay is dated 15 July 2021. Could its writer have known about the "no limits" joint statement? Answer
# `True` or `False` (no quotes).

# %% exercise="01.essay_knew" tags=["answer"]
could_know_no_limits = ...  # True or False

# %%
check("01.essay_knew")

# %% [markdown]
# ### Exercise 8 · Be the detective (sourcing, analysis)
#
# A short made-up news item (not one of our articles). What is the **earliest** date on which it could have been
# written? Write it as `"YYYY-MM-DD"`.

# %%
from helpers.articles import build_article

news_item = build_article("news-item", "Premier Li Keqiang said on Monday that the Power of Siberia pipeline, which "
                          "opened this week, would carry Russian gas to China for thirty years.", {"title": "made up"})
print(news_item.raw)

# %% exercise="01.new_text" tags=["answer"]
earliest_date = ...  # a date in quotes, "YYYY-MM-DD"

# %%
check("01.new_text")

# %% [markdown]
# Now run the detective on it. Does it agree with you? If not, who read the text better, and why?

# %%
item = date_article(news_item)
print(item.verdict)
table(item.evidence[["text", "kind", "earliest", "latest", "strength"]])

# %% [markdown]
# The detective treats "Power of Siberia" as a weak clue, because an article can name a pipeline before it is built.
# A human reader sees "which opened this week" and knows better. Code collects the clues; **you** read them.

# %% [markdown]
# ## Part 8 · Read the whole essay (extension, homework, 20 minutes)
#
# **Habit: close reading.** The essay is the longest and best-sourced text in our set (about 3,600 words). Read it
# whole; the glossary under it explains its hard words. As you read, mark with line numbers **the strongest piece of
# evidence** it gives and **the weakest claim** it makes.

# %%
read("essay")

# %% [markdown]
# ### Exercise 9 · Strongest and weakest (close reading, writing)
#
# In three or four sentences: the essay's strongest piece of evidence and its weakest claim, each with a line number,
# and why.

# %% exercise="01.essay_reading" tags=["answer"]
strongest_and_weakest = ...  # replace ... with your answer in quotes

# %%
check("01.essay_reading")

# %% [markdown]
# ## Part 9 · Explore the timeline yourself (extension, 3 minutes)
#
# The figures above are the static versions. `plot_timeline(area="energy", since="2000")` draws any selection in a new
# cell; the widget below does the same with menus (it only works in a running notebook).

# %% tags=["nbval-ignore-output"]
# Output not compared by nbval: widget state lives in the browser. The static figures above teach the same.
from helpers.widgets import timeline_explorer

timeline_explorer()

# %% [markdown]
# ## Discuss, and what you did
#
# > **Discuss:** *What could they have known?* The summary and the essay were written before 2022; the op-ed and the fragment
# > after the invasion. Would the essay's conclusion survive February 2022?
#
# > **Discuss:** *Who draws the eras?* Where would a Chinese or a Russian textbook put the lines, and what would change if the
# > "treaty era" began in 1996?
#
# You read the essay's history as a document and checked it against a timeline where every event has a source;
# heard both governments' accounts of 1969 and the Crimea vote by its count; and argued for one reading of the
# partnership with dated evidence. **Next:** notebook 02 reads the 2001 treaty itself.
