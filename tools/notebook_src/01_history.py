# %% [markdown]
# # 01 · History: from the 1950 alliance and the split to the 2001 treaty and after
#
# **Time:** about 60 minutes (45 if you keep the two discussions short).
# **You need:** notebook 00 (how to run cells). No Python experience is assumed; the exercises ask you to fill in one
# line each.
#
# **By the end you will be able to:**
# 1. tell the story of Russia–China relations since 1950 in seven eras (our own division, with our reasons), and
#    place any key event in its era;
# 2. read a timeline and a trade chart that say where every fact comes from, and spot which facts are uncertain;
# 3. check what an article says about history against a sourced timeline, and notice what it leaves out;
# 4. weigh two readings of today's partnership, a *marriage of convenience* or a *long rapprochement*, with evidence
#    for each;
# 5. work out when an undated article was written from the clues inside it, and say how sure you are.
#
# **The question for this lesson:** the essay in our collection argues that today's partnership is "not a recent
# marriage of convenience" but the result of thirty years of coming back together after a bitter split. To judge
# that, you need the history in front of you, and one more habit: asking of every text **when was this written, and
# what could its writer have known then?**

# %% [markdown]
# ## How this lesson's facts are kept
#
# Every event in this notebook is a row in a small data file, `helpers/data/timeline.csv`, which you can open in
# JupyterLab like a spreadsheet. Each row has:
#
# - a **date**, written only as precisely as we know it: a day (`1969-03-02`), a month (`1992-02`), a year
#   (`1960`), or a range with an end date;
# - the **era** it belongs to, a one-line **description** in our own words, and the **areas** it touches
#   (political, military, economic, energy, border, ...);
# - its **source**: a web address where the fact can be checked, and, where one of our five articles mentions the
#   event, the exact words and where they sit in that article;
# - an **uncertain** flag: where the sources disagree or are missing, we say so instead of guessing.
#
# Run the next cell to load the helpers and the timeline.

# %%
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display

from helpers import check, hint, load_seeds, reveal
from helpers.articles import build_article
from helpers.dating import date_article, date_corpus, dating_evidence, evidence_spans
from helpers.display import show
from helpers.timeline import (events_table, load_eras, load_mentions, load_timeline, load_trade,
                              mentions_table, select_events)
from helpers.timeline_plots import plot_timeline, plot_trade, timeline_explorer

pd.set_option("display.max_colwidth", None)  # show whole descriptions, not the first 50 characters
corpus = load_seeds()
timeline = load_timeline()
print(f"The timeline has {len(timeline)} events, from {timeline.date.min():%Y} to {timeline.until.max():%Y}; "
      f"{timeline.key.sum()} of them are key events and {timeline.uncertain.sum()} are marked uncertain.")

# %% [markdown]
# ## 1 · Seventy years in one picture
#
# The figure below shows only the **key events**, with the seven eras shaded behind them. Read it from left
# to right. Three things to notice:
#
# - a **hollow circle on a dashed line**, with "(?)" after its label, is an event whose date is uncertain;
# - a **thick bar** on the axis is something that lasted a while;
# - the orange marks at the bottom show **when each of our five articles was written**: a diamond where the date is
#   printed on the article, a bar where we could only estimate it, and a question mark where we cannot tell.

# %%
plot_timeline(key_only=True)
plt.show()

# %% [markdown]
# Look at the orange marks against the events above them. Every one of our articles was written in 2021 or later,
# at the far right of the picture. They look back over seventy years, but each writer could only know what had
# happened **before** their own mark. Keep that in mind in section 5.
#
# Where do the era boundaries come from? Historians draw them, and they do not all draw them in the same place. The
# lines in this lesson are **our choices for this pack**, not official dates. Here they are, with the reason for each
# (from `helpers/data/eras.csv`):

# %%
load_eras()[["era", "start_date", "end_date", "reasoning"]].set_index("era")

# %% [markdown]
# ## 2 · The story, era by era
#
# ### The alliance (1950–1955)
#
# In February 1950 the leaders of the new People's Republic of China signed a treaty of **friendship, alliance and
# mutual assistance** with the Soviet Union. Its core was a **mutual-defence promise**: if
# Japan, or a state allied with Japan, attacked one of them, the other would come to its help at once, with all the
# means it had. That is what a real alliance looks like; remember it when you read about the 2001 treaty, which makes
# no such promise (notebook 02 compares the two).

# %%
events_table(era="alliance")

# %% [markdown]
# ### The split and confrontation (1956–1989)
#
# The alliance soured quickly. After Khrushchev condemned Stalin in 1956, Moscow and Beijing quarrelled more and more
# openly over ideology. In 1960 the Soviet Union pulled all its economic advisers out of China. In March 1969 the quarrel turned into fighting on the border river Ussuri, on an
# island the Chinese call Zhenbao and the Russians Damansky. The two sides still disagree about how many soldiers
# died, and clashes along the border went on for months.
#
# In April 1979 China told Moscow that it would not renew the alliance treaty. **When exactly the treaty ended is
# uncertain:** thirty years from its entry into force points to April 1980, but one widely read encyclopedia gives
# February 1979. Our timeline puts the lapse in 1980 but marks it **uncertain** (a hollow circle and "(?)" on the
# figure) rather than claim a day:

# %%
events_table(era="split and confrontation")

# %% [markdown]
# ### Normalisation (1989–1996): the road back
#
# The essay in our collection says that by the mid-to-late 1980s Soviet leaders had concluded they could not afford
# the conflict with China, and, citing the analyst Vasily Kashin, it points to arms sales as a sign of the change.
# Our sources put the start of talks on selling Soviet fighter jets to China in 1988. In May 1989 Gorbachev came to
# Beijing, the first Soviet leader to visit in thirty years, and with Deng Xiaoping declared relations **normal**
# again, while protesters filled Tiananmen Square outside. Then things moved fast: China agreed to buy its first 24
# Su-27 fighters in December 1990 (the first ones arrived in 1991 or 1992: our sources disagree), an agreement on
# most of the eastern border was signed in May 1991, and when the Soviet Union broke up that December, Russia took
# over its border and its treaties with China.

# %%
events_table(era="normalisation")

# %% [markdown]
# ### Strategic partnership (1996–2001) and the treaty era (2001–2014)
#
# In April 1996 Yeltsin and Jiang Zemin announced a **strategic partnership**, and the next day China, Russia and
# three Central Asian neighbours (the "Shanghai Five") agreed on military confidence-building along their borders. In
# June 2001 that group became the **Shanghai Cooperation Organisation**, and in July 2001 Putin and Jiang signed the
# **Treaty of Good-Neighbourliness and Friendly Cooperation**: twenty years, explicitly *not* an alliance.
#
# The border, fought over in 1969, was settled piece by piece: the last disputed islands were divided in 2004 and the
# markers went up in October 2008, after some forty years of talks. Filter the timeline to the **border** and the
# whole story fits in one picture:

# %%
plot_timeline(area="border")
plt.show()

# %% [markdown]
# ### After 2014
#
# In March 2014 Russia made Crimea part of Russia, after a referendum that Western governments reject as illegal.
# Two months later Gazprom and China's CNPC signed a **30-year gas contract** for a new pipeline,
# Power of Siberia, which opened in December 2019. Joint military exercises (the first large one was *Peace Mission
# 2005*) grew larger: in 2018 about 3,200 Chinese troops took part in Russia's Vostok exercise. Zoom in on the last ten
# years, where events come thick and fast, and where all our articles sit:

# %%
plot_timeline(since="2012")
plt.show()

# %% [markdown]
# ### After February 2022
#
# On 4 February 2022, with Putin in Beijing for the Winter Olympics, the two governments declared a friendship with
# "no limits". Twenty days later Russia launched its full-scale invasion of Ukraine. The next day, when Russia vetoed
# a draft resolution on the invasion at the UN Security Council, China **abstained**: it neither joined Russia's veto
# nor voted for the draft.
# In March 2023 Xi made a state visit to Moscow.

# %%
events_table(era="after February 2022")

# %% [markdown]
# ### Exercise 1 · Put them in order
#
# Here are six events from the story, jumbled. Put them in the order they happened, earliest first. Copy the list
# into the answer cell and rearrange it (the words must stay exactly as they are).

# %%
jumbled = ["Russia takes Crimea", "Relations normalised", "Power of Siberia opens",
           "Border clash on the Ussuri", "2001 treaty signed", "Shanghai Five border pact"]

# %% exercise="01.order" tags=["answer"]
in_order = ...

# %%
check("01.order", in_order)

# %% [markdown]
# ### Exercise 2 · Which era?
#
# For each event, write the era it belongs to, spelt as in the eras table above (for example
# `"treaty era"`). Use the figures and tables, not your memory.

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
check("01.eras", era_of_event)

# %% [markdown]
# ## 3 · Trade: what the numbers show, and what they do not
#
# Trade is the number people reach for when they say the two countries are getting closer. Here are the yearly
# totals our sources give, each with its source in `helpers/data/trade.csv`. Read the caption before the bars.

# %%
plot_trade()
plt.show()

# %% [markdown]
# Four honest limits of this chart:
#
# - **Money, not volume.** These are US dollars of each year, not adjusted for inflation or for oil and gas prices, so
#   part of a rise can be prices rather than more goods.
# - **Goods only.** Services and investment are not in these totals.
# - **Whose count?** The figures are Chinese customs data as reported in the news (for 2010 the report does not say
#   who counted). Russian customs count differently: for 2018 they gave about $108bn against China's $107bn.
# - **Gaps and guesses.** We have no figures in our sources for 2002–2009 or 2011–2013, and three of the bars are
#   uncertain. Here they are, with the reason:

# %%
trade = load_trade()
trade[trade.uncertain][["year", "total_usd_bn", "note"]].set_index("year")

# %% [markdown]
# > **Discuss.** Two of our articles say Western sanctions pushed Russia towards China (the fragment speaks of
# > "protracted western sanctions"). Trade hit a record in 2014, then *fell* in 2015 and took until 2018 to pass
# > $100bn; in 2022 and in 2023 it rose by more than a quarter each year. Does the chart support the articles'
# > claim for both periods? What else would you need to know before you were sure (think about the first limit
# > above)?
#
# ## 4 · What the articles say about history, and what they leave out
#
# All five of our articles mention at least one event on the timeline. The table shows which article mentions which
# event (a ✓ means the article names it; the exact words are in `load_mentions()`):

# %%
mentions_table()

# %% [markdown]
# Only the **essay** looks further back than 2001, in a section called "Historical Context". Here is that section.
# Read it with the timeline beside you.

# %%
essay = corpus["essay"]
start = next(p for p in essay.paragraphs if p.text.startswith("Historical Context"))
end = next(p for p in essay.paragraphs if p.text == "Political Cooperation")
for paragraph in essay.paragraphs:
    if start.start <= paragraph.start < end.start:
        print(paragraph.text, end="\n\n")

# %% [markdown]
# Now the essay's historical claims, each with the timeline event it matches and the source behind that event:

# %%
essay_mentions = load_mentions()
essay_mentions = essay_mentions[(essay_mentions.seed == "essay") & essay_mentions.seed_start.between(start.start, end.start)]
checked = essay_mentions.merge(timeline[["id", "when", "url"]], left_on="event", right_on="id")
checked[["quote", "when", "label", "url"]]

# %% [markdown]
# Most of it holds up: relations were indeed normalised at the May 1989 summit, and China was the biggest buyer of
# Russian arms in the 1990s (SIPRI figures: https://sputniknews.com/20080331/102440239.html). Two things to notice:
#
# - **A date that does not quite fit.** The essay (citing the analyst Vasily Kashin) speaks of arms sales in 1989
#   *before* the summit. Our sources put the start of talks on fighter jets in 1988 and the first contract in
#   December 1990. It may be that Kashin meant something more specific; we cannot tell without his text. That is
#   the point: a claim without a reference is hard to check.
# - **What is left out.** The essay's history jumps from "the Sino-Soviet split" to the late 1980s.
#
# ### Exercise 3 · Which article mentions it?
#
# Use the table of mentions above. For each event, write the id of the **one** article that mentions it
# (`"summary"`, `"essay"`, `"oped"`, `"explainer"` or `"fragment"`).

# %% exercise="01.mentions" tags=["answer"]
mentioned_in = {
    "Power of Siberia opens": ...,
    "Putin: alliance imaginable": ...,
    "Relations normalised": ...,
}

# %%
check("01.mentions", mentioned_in)

# %% [markdown]
# ### Exercise 4 · What the essay leaves out
#
# Which of these does the essay's "Historical Context" section **not** mention? Answer with one letter.
#
# - **a** the May 1989 summit
# - **b** the 1969 border clashes
# - **c** the collapse of the Soviet Union
# - **d** Russian arms sales to China

# %% exercise="01.left_out" tags=["answer"]
left_out = ...

# %%
check("01.left_out", left_out)

# %% [markdown]
# > **Discuss.** The essay argues that the partnership grew out of thirty years of rapprochement. Does leaving out
# > the 1950 alliance and the 1969 fighting make that argument stronger or weaker? What would a reader who knew only
# > the essay get wrong about the history?
#
# ## 5 · A marriage of convenience, or a long rapprochement?
#
# This is the essay's central question, and people who study the subject answer it differently. Here is evidence
# from our timeline for each reading. Every row is sourced; decide for yourself how much each one weighs.
#
# **For a long rapprochement:** the steps back together began long before 2014, and several of them were hard,
# slow work that tied the two countries down for the long term.

# %%
events_table(["normalisation", "border_east_1991", "strategic_partnership", "sco_founded", "treaty_signed",
              "peace_mission_2005", "border_complete_2008", "top_partner_2010"])

# %% [markdown]
# **For a marriage of convenience:** the biggest leaps came when Russia was at odds with the West, and there are
# limits neither has crossed: the treaty says it is not an alliance, and at the UN China abstained on the invasion
# instead of voting with Russia. History also shows that closeness can be undone: the 1950 alliance, far tighter on
# paper, was coming apart within six years.

# %%
events_table(["crimea_2014", "gas_deal_2014", "no_limits", "invasion", "un_abstention"])

# %% [markdown]
# Two cautions before you make up your mind:
#
# - **Our timeline is a selection.** We chose which events go in it. Counting events per era would measure our
#   choices, not the relationship.
# - **The two readings can both be partly true.** Old foundations and new pressure are not opposites; the real
#   question is which matters more, and for what. The essay itself, for instance, also lists where the two
#   countries' interests clash: Central Asia, the Arctic, Russia's arms sales to India, and Russia's fear of
#   becoming the junior partner.
#
# ### Exercise 5 · Your argument
#
# In four to six sentences, say which reading you find more convincing, **marriage of convenience** or **long
# rapprochement**, and why. Use at least two dated events from the timeline as evidence, and say what the strongest
# point on the other side is. Write your answer between the quotes.

# %% exercise="01.argument" tags=["answer"]
my_argument = ...

# %%
check("01.argument", my_argument)

# %% [markdown]
# ## 6 · The date detective
#
# Only one of our five articles prints its date. For the others we have to work it out, the way a historian dates a
# letter: from **clues inside the text**. Three kinds of clue help most:
#
# - **dates and relative words:** "June 28, 2021", "in October of 2020", "this week";
# - **people with their job titles:** "Premier Li Keqiang" can only have been written while Li Keqiang was premier
#   (15 March 2013 to 11 March 2023), if the writer was up to date;
# - **named events:** a text that calls the war in Ukraine "ongoing" was written after it started.
#
# The helper `date_article()` collects these clues (using the `dates` and `entities` layers of the annotation helper,
# a list of office-holders in `helpers/data/office_holders.csv` and a list of events in
# `helpers/data/dating_cues.csv`) and gives each a **strength**: *firm* (if the text is right, this must hold),
# *likely* (holds on the natural reading) or *weak* (a hint). Here are the clues in the unsigned fragment,
# highlighted (hover over one to read why it counts):

# %%
fragment = corpus["fragment"]
fragment_clues = dating_evidence(fragment)
show(fragment, layers=["clue"], annotations=evidence_spans(fragment_clues))

# %% [markdown]
# And the same clues as a table, with what each one implies:

# %%
fragment_clues[["text", "kind", "earliest", "latest", "strength", "reason"]]

# %% [markdown]
# Put together: the war clues say *after* 24 February 2022; "Premier Li Keqiang" says *before* 11 March 2023. Calling
# him China's "second-highest-ranking official" points to before 22 October 2022, when he left the party's top
# team, though a writer might still have called the serving premier "No. 2" a little later. So:

# %%
print(date_article(fragment).verdict)

# %% [markdown]
# Here is the detective's verdict on all five articles, next to the estimate in our catalog:

# %%
date_corpus(corpus)[["likely_earliest", "likely_latest", "verdict", "catalog"]]

# %% [markdown]
# Look at the **explainer**: it names no date, no year and no person with a title. Its only clue is the Power of
# Siberia pipeline, described as working, which only hints that it is from after December 2019. That is a real
# finding, not a failure: **an article that cannot be dated cannot tell you whether it is still true.**
#
# ### Exercise 6 · Could the essay's writer have known?
#
# The essay is dated 15 July 2021. Could its writer have known about the "no limits" joint statement? Answer
# `True` or `False` (no quotes). Check the timeline.

# %% exercise="01.essay_knew" tags=["answer"]
could_know_no_limits = ...

# %%
check("01.essay_knew", could_know_no_limits)

# %% [markdown]
# ### Exercise 7 · Be the detective
#
# Here is a short made-up news item. Read it, and work out the **earliest** date on which it could have been written.
# Give the date as `"YYYY-MM-DD"`.

# %%
news_item = build_article(
    "news-item",
    "Premier Li Keqiang said on Monday that the Power of Siberia pipeline, which opened this week, would carry "
    "Russian gas to China for thirty years.",
    {"title": "A made-up news item"},
)
print(news_item.raw)

# %% exercise="01.new_text" tags=["answer"]
earliest_date = ...

# %%
check("01.new_text", earliest_date)

# %% [markdown]
# Now run the detective on it. Does it agree with you? If not, who read the text better, and why?

# %%
item = date_article(news_item)
print(item.verdict)
item.evidence[["text", "kind", "earliest", "latest", "strength"]]

# %% [markdown]
# The detective is careful in a way that can make it miss things: because an article can name a pipeline before it
# is built, it treats "Power of Siberia" as a weak clue. A human reader sees "which opened this week" and knows
# better. Code collects and organises the clues; **you** still have to read them.
#
# ## 7 · Explore the timeline yourself
#
# The figures above are the static versions. With the widget below you can pick an **area** (energy, military,
# border, ...), a start year, and whether to see only the key events. It only works in a running notebook; if it
# does not appear, use `plot_timeline(area="energy", since="2000")` in a new cell instead.

# %% tags=["nbval-ignore-output"]
# Output not compared by nbval: widget state lives in the browser. The static figures above teach the same.
timeline_explorer()

# %% [markdown]
# ## 8 · Discuss
#
# > **What could they have known?** Put the articles' dates next to the timeline. The summary and the essay were
# > written before 2022; the op-ed and the fragment after the invasion. How does each article's view of the
# > partnership fit what its writer could know? Would the essay's conclusion survive February 2022?
#
# > **Who draws the eras?** We start "after 2014" in March 2014 and end the split in May 1989. Where would a Chinese
# > or a Russian textbook put the lines, and what would change if the "treaty era" began in 1996?
#
# ## What you did
#
# - You followed seventy years of Russia–China relations on a timeline where every event has a source and uncertain
#   ones look uncertain.
# - You read a trade chart together with its caption, and found three reasons not to over-read it.
# - You checked an essay's history against the timeline, and noticed what it leaves out.
# - You weighed the "marriage of convenience" against the "long rapprochement", with evidence on both sides.
# - You dated undated articles from the clues inside them, and saw where a careful program and a careful reader
#   differ.
#
# **Next:** notebook 02 (the treaty) reads the 2001 treaty itself: what it promises, how it renews, and why it is not
# an alliance.
