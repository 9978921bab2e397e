# %% [markdown]
# # 03 · Cooperation: energy, trade, arms and the Arctic. Partners of equals?
#
# **Time:** 50 minutes in class as a four-station jigsaw (core parts 1–6); about 60–70 minutes alone (all four
# stations, plus part 7 as an extension). Minutes for each part are in the table below.
# **You need:** notebook 00 (how to run cells). Notebook 01 (history) helps. The pandas you need is shown each time.
#
# **By the end you will be able to:**
# 1. say what Russia and China actually do together in energy, trade and money, arms and exercises, and the Arctic
#    and technology, with a dated number for each;
# 2. test a claim from an article against a data file, and say what the data **cannot** show;
# 3. compute a share and an asymmetry ratio with one or two lines of pandas, and explain what the number means;
# 4. tell a figure from an independent source from one that only state media carried, and treat uncertain figures
#    as uncertain;
# 5. set the official Russian and Chinese descriptions of the relationship beside American, European, Central Asian
#    and Indian views, and say why each side words it as it does.
#
# **The question for this lesson:** *are Russia and China partners of equals, or does one need the other more?*
# You will write down a hypothesis in part 1 and come back to it at the end with evidence.

# %% [markdown]
# ## How to use this notebook
#
# | part | | in class (jigsaw) | alone |
# |---|---|---|---|
# | 1 · What the articles claim; your hypothesis | core | 5 min | 5 min |
# | 2 · Orientation: a map and thirty years of trade | core | 5 min | 7 min |
# | 3 · Four stations: A energy, B trade and money, C arms and exercises, D the Arctic and technology | core | 15 min (one station per expert group) | 32 min (8 each) |
# | 4 · Teach-back and the cooperation scorecard | core | 12 min | 8 min |
# | 5 · Perspectives side by side | core | 5 min | 5 min |
# | 6 · Back to your hypothesis (exit question) | core | 5 min | 5 min |
# | 7 · What each article covers and leaves out | extension | homework | 8 min |
#
# **Jigsaw for a class of about 25.** Make five *home groups* of five. In each home group, give out the stations A, B,
# C and D; the fifth student takes station A too (it has the most to read) or acts as the group's fact-checker.
# Students meet in *expert groups* (all the A's together, and so on) for 15 minutes and work through their station,
# then go back home and teach it in three minutes each while the home group fills in the scorecard. Everyone runs
# parts 1, 2, 5 and 6. **Alone:** do the stations in order; each one stands on its own.
#
# **How the facts are kept.** Every number below is a row in a plain CSV file in `helpers/data/` (open one in
# JupyterLab like a spreadsheet). Each row has its **source** (`source_url`), the **type** of source (`official`,
# `statistics`, `wire`, `news`, `think-tank`, `state-media`, `blog/low-quality` ...) and two flags:
# `uncertain` (sources disagree or are missing) and `state_media_only` (only outlets controlled by a government
# carried it). In the figures, **solid** bars have an independent source, **pale** bars were carried only by state
# media, and **hatched** bars are uncertain. Run the next cell to load the helpers.

# %%
import matplotlib.pyplot as plt
import pandas as pd

from helpers import check, hint, load_seeds, reveal
from helpers.cooperation import (STATIONS, area_coverage, claim_verdicts, compare_scorecard, count_disagreements,
                                 describe_arms_shares, describe_map, describe_northern_sea_route,
                                 describe_power_of_siberia, describe_shares, describe_trade_by_year, left_out,
                                 load_arms_deals, load_cooperation_facts, load_joint_exercises, load_lng_projects,
                                 load_northern_sea_route, load_oil_suppliers, load_power_of_siberia, load_trade_shares,
                                 perspectives_side_by_side, plot_arms_shares, plot_map, plot_northern_sea_route,
                                 plot_power_of_siberia, plot_shares, plot_trade_by_year, station_claims)

pd.set_option("display.max_colwidth", None)  # show whole sentences, not the first 50 characters
corpus = load_seeds()

# %% [markdown]
# ## 1 · What the articles claim (5 minutes)
#
# Our five articles say a lot about cooperation, mostly without numbers. Here are the twelve claims you will test,
# three per station, in the articles' own words (the ids come from the claims register, `helpers/data/claims.csv`).
# Read them all now; you will decide about your station's three later.

# %%
pd.concat([station_claims(station).assign(station=station) for station in STATIONS])

# %% [markdown]
# ### Exercise 1 · Your hypothesis
#
# Before you look at any data: **are Russia and China partners of equals, or does one need the other more?** Write
# one or two sentences: your answer, and the one thing that makes you think so (from the claims above, notebook 01,
# or what you already know). There is no wrong hypothesis; you will test it.

# %% exercise="03.hypothesis" tags=["answer"]
my_hypothesis = ...

# %%
check("03.hypothesis", my_hypothesis)

# %% [markdown]
# ## 2 · Orientation: a map and thirty years of trade (5 minutes)
#
# The two countries share a border of more than 4,000 km, most of it along two rivers, the Amur and the Ussuri, settled
# piece by piece and fully marked out only in 2008. Across it run an oil pipeline (from 2011) and a gas pipeline
# (from 2019); a second gas pipeline through Mongolia is planned. Far to the north, the **Northern Sea Route** runs
# along Russia's Arctic coast. This map is **schematic**: it joins approximate positions of named places with
# straight lines, drawn from a small data file in the pack, and has no coastlines.

# %%
plot_map()
plt.show()
print(describe_map())

# %% [markdown]
# Now the number everyone quotes first: trade. The bars are the totals the news reported each year (mostly Chinese
# customs figures). The orange marks show where the Russian side counted something different.

# %%
plot_trade_by_year()
plt.show()
print(describe_trade_by_year())

# %% [markdown]
# Two sides, two counts. For five years our sources give a second figure. In 2023 the gap is over $13bn:

# %%
count_disagreements()

# %% [markdown]
# **What this figure cannot show.** Dollars of each year are not volumes: a rise can be higher oil prices rather
# than more goods. Services and investment are not in it. More than half of the bars rest on state media alone,
# because no customs page with the two-way series was found. And the total says nothing about **who needs whom**:
# that is what the four stations are for.
#
# ## 3 · Four stations
#
# Each station has the same steps: **read** the claims, **look** at one figure and what it cannot show, **compute**
# one number with pandas, **judge**, and then compare with the claims register's verdicts.
#
# ### Station A · Energy
#
# Energy is the backbone of the relationship: oil by pipeline and tanker, gas by pipeline, and Arctic gas (LNG) by
# ship. The claims to test:

# %%
station_claims("energy")

# %% [markdown]
# The biggest single deal: in May 2014 Gazprom and China's CNPC signed a 30-year contract for up to **38 billion
# cubic metres (bcm)** of gas a year through a new pipeline, Power of Siberia. Gas started to flow in December 2019.
# How close has it come to the contract?

# %%
gas = load_power_of_siberia()
plot_power_of_siberia(gas)
plt.show()
print(describe_power_of_siberia(gas))

# %% [markdown]
# **What this data cannot show.** Every bar is Gazprom's own figure, carried by Russian state media, so the bars are
# pale: no independent count was found (officials' cross-checks agree, but they are the same side). The figure shows
# volume, not money: **the price has never been published**. It cannot show whether 2025 reached the full 38 bcm
# (only a forecast exists), or what the gas earns Russia.
#
# ### Exercise 2 · How much of the contract?
#
# What share of the contract's 38 bcm did Power of Siberia deliver in 2024? Compute it with one line of pandas from
# the table `gas` (the last row is 2024), as a **whole number of per cent**: `round(...)`.

# %% exercise="03.contract_share" tags=["answer"]
share_of_contract = ...

# %%
check("03.contract_share", share_of_contract)

# %% [markdown]
# ### Exercise 3 · What was the price?
#
# A classmate says: "The 2014 gas deal is worth $400 billion, so we know what China pays." Which statement is right?
# Answer with one letter.
#
# - **a** about $350–390 per 1,000 cubic metres, as agreed in the contract
# - **b** $400 billion is the price
# - **c** the formula is linked to oil prices, but the price itself was never published; $400bn is an outside estimate
#   of the whole contract's value
# - **d** China set the price, as the summary article says

# %% exercise="03.gas_price" tags=["answer"]
gas_price = ...

# %%
check("03.gas_price", gas_price)

# %% [markdown]
# **Oil.** Is Russia China's main supplier? The table gives China's top crude supplier each year (tonnes where the
# source gives them).

# %%
oil = load_oil_suppliers()
oil[["year", "top_supplier", "russia_rank", "russia_mt", "saudi_mt", "uncertain", "note"]]

# %% [markdown]
# ### Exercise 4 · Top supplier, how often?
#
# In how many of the years **2016 to 2024** in this table was Russia China's top crude supplier? One line of pandas:
# keep the rows from 2016 on, compare `top_supplier` with `"Russia"`, and add up with `.sum()`.

# %% exercise="03.oil_top" tags=["answer"]
years_russia_on_top = ...

# %%
check("03.oil_top", years_russia_on_top)

# %% [markdown]
# **Misconception: "Russia is China's main supplier of everything."** Not so. Russia led for oil only in some years;
# for gas and coal other countries lead, and in 2021 Russia supplied about 15% of China's oil imports, 20% of its
# coal and 8% of its gas. Seen from Moscow it looks different: China takes about half of Russia's oil exports.

# %%
energy_facts = load_cooperation_facts("energy")
energy_facts[energy_facts.fact.str.contains("supplier|imports|exports")][["date", "fact", "source_type"]]

# %% [markdown]
# Arctic gas by ship: two LNG projects with Chinese owners. The first worked; the second ran into US sanctions and
# its Chinese partners pulled back.

# %%
load_lng_projects()[["project", "chinese_partners", "chinese_stake_pct", "status"]]

# %% [markdown]
# Now decide about the three energy claims (E14, X07, S04) before you read the register's verdicts:

# %%
claim_verdicts("energy")

# %% [markdown]
# ### Station B · Trade and money
#
# Trade is the number leaders like to announce. The question for this station is not *how much* but *how much does
# each matter to the other*. The claims:

# %%
station_claims("trade and money")

# %% [markdown]
# The figure sets two shares side by side: how much of **Russia's** trade is with China, and how much of **China's**
# trade is with Russia.

# %%
shares = load_trade_shares()
plot_shares(shares)
plt.show()
print(describe_shares(shares))

# %% [markdown]
# **What this data cannot show.** The points are sparse, and the lines join them straight even across ten-year gaps.
# Russia stopped publishing detailed trade data in 2022, so recent Russian shares come from officials and analysts;
# some points are our own arithmetic from published totals. A share says nothing about *what* is traded: Russia
# sells mostly fuel and raw materials, China sells machines, cars and electronics (`load_trade_goods()`).
#
# ### Exercise 5 · The asymmetry ratio
#
# In **2021**, how many times bigger was China's share of Russia's trade than Russia's share of China's trade? Two
# lines of pandas: pick the 2021 rows of `shares` and index them by `measure`, then divide one `share_pct` by the
# other. Give a whole number with `round(...)`.

# %% exercise="03.asymmetry" tags=["answer"]
asymmetry_2021 = ...

# %%
check("03.asymmetry", asymmetry_2021)

# %% [markdown]
# **Money.** Since 2022 Russian officials have announced ever higher shares of trade paid in roubles and yuan:

# %%
money = load_cooperation_facts("trade and money")
money[money.fact.str.contains("roubles|yuan")][["date", "fact", "uncertain", "state_media_only"]]

# %% [markdown]
# ### Exercise 6 · What do "90% in roubles and yuan" tell you?
#
# Answer with one letter.
#
# - **a** that trade between the two countries is now very large
# - **b** how trade is paid for, not how much there is; and these are officials' claims that contradict each other
#   (95%, then 92%, then 90%), with most of it paid in yuan
# - **c** that Russia no longer depends on anyone for money
# - **d** that the rouble has become an international currency

# %% exercise="03.currency" tags=["answer"]
currency_meaning = ...

# %%
check("03.currency", currency_meaning)

# %% [markdown]
# ### Exercise 7 · "China is a major investor in Russia" (the explainer, X02)
#
# Read the investment rows below, then answer with one letter: which statement do they support best?

# %%
money[money.fact.str.contains("invest|lends", case=False)][["date", "fact", "number", "source_type"]]

# %% [markdown]
# - **a** China is Russia's biggest foreign investor
# - **b** China has put no money into Russia at all
# - **c** recorded Chinese direct investment is small (a few billion dollars, under 1% of Russia's total), while
#   Chinese loans and stakes in energy projects are large; some analysts think the data undercount it
# - **d** the investment figures come only from state media, so nothing can be said

# %% exercise="03.investor" tags=["answer"]
investment_reading = ...

# %%
check("03.investor", investment_reading)

# %% [markdown]
# The register's verdicts on this station's claims (E06, E07, X02):

# %%
claim_verdicts("trade and money")

# %% [markdown]
# ### Station C · Arms and exercises
#
# In the 1990s China bought much of its air force and navy from Russia. Today it builds most of its own weapons, and
# the two armed forces exercise and patrol together. The claims:

# %%
station_claims("arms and exercises")

# %% [markdown]
# The figure uses SIPRI's data (the Stockholm International Peace Research Institute), as relayed by reports we
# could read. Two different shares: Russia's place in China's arms *imports*, and China's place in Russia's arms
# *exports*.

# %%
plot_arms_shares()
plt.show()
print(describe_arms_shares())

# %% [markdown]
# **What this data cannot show.** SIPRI counts the *volume* of major weapons delivered, not money. A share can rise
# while the total shrinks: China's arms imports fell 44% in 2019–23 compared with 2014–18. It cannot show secret
# deals, parts and engines below SIPRI's threshold, or what China copies: a Russian arms firm claimed about 500 cases
# of unlicensed copying in 17 years. The major deals, dated:

# %%
load_arms_deals()[["item", "signed", "delivered", "quantity", "value_usd_bn", "uncertain"]]

# %% [markdown]
# ### Exercise 8 · A rising share
#
# Russia's share of China's arms imports rose from 57% (2012–16) to 77% (2016–20), while China's imports as a whole
# fell. Which conclusion follows? Answer with one letter.
#
# - **a** China depends more and more on Russian weapons
# - **b** China stopped buying from almost anyone else and builds its own, so the share rose while the amount China
#   needs from abroad fell
# - **c** Russia sells China more weapons every year
# - **d** Russia earned 77% of its arms money from China

# %% exercise="03.arms_share" tags=["answer"]
arms_conclusion = ...

# %%
check("03.arms_share", arms_conclusion)

# %% [markdown]
# **Exercises.** Our list of joint exercises and patrols, each dated and sourced (troop numbers only where a source
# gives them, and often only one government's count):

# %%
drills = load_joint_exercises()
drills[["name", "start", "kind", "where", "chinese_troops", "uncertain", "state_media_only"]]

# %% [markdown]
# ### Exercise 9 · How regular?
#
# In how many **different years** does our list have a naval drill (`kind` equal to `"naval"`)? One line of pandas:
# keep those rows and count the distinct values of `year` with `.nunique()`.

# %% exercise="03.drill_years" tags=["answer"]
naval_drill_years = ...

# %%
check("03.drill_years", naval_drill_years)

# %% [markdown]
# **What this list cannot show.** A year missing from it may be a year our sources did not confirm, not a year
# without a drill (2020 was reportedly skipped because of COVID-19, but only a low-quality source says so). Troop
# numbers are mostly one government's own count. And a list of dates says nothing about how well the forces work
# together.
#
# Joint drills happen almost every year since 2012. Does that make the two countries allies? Look at what is **not** in the list: no promise to defend each
# other (the 2001 treaty has none, see notebook 02), no standing joint command (the 2021 command system was set up for
# one exercise), drills that were scripted and, in 2012, run in one language. In March 2023 both governments signed
# a statement saying they are not a Cold-War-style military alliance.
#
# ### Exercise 10 · Drills and alliances
#
# Answer with one letter: what do the regular joint exercises show?
#
# - **a** that Russia and China are military allies
# - **b** growing military cooperation and practice at working together, but not an alliance: there is no mutual-defence
#   promise, no standing joint command, and both governments say they are not allies
# - **c** that their forces can already fight as one, because they used a joint command system in 2021
# - **d** nothing at all, because exercises are only for show

# %% exercise="03.alliance" tags=["answer"]
what_drills_show = ...

# %%
check("03.alliance", what_drills_show)

# %% [markdown]
# The register's verdicts on this station's claims (E05, X04, E21):

# %%
claim_verdicts("arms and exercises")

# %% [markdown]
# ### Station D · The Arctic and technology
#
# Russia has the Arctic coast; China calls itself a "near-Arctic state" and wants a "Polar Silk Road". The claims:

# %%
station_claims("Arctic and technology")

# %% [markdown]
# The Northern Sea Route is the shortest sea way from China to northern Europe. How much cargo actually sails the
# whole way?

# %%
nsr = load_northern_sea_route()
plot_northern_sea_route(nsr)
plt.show()
print(describe_northern_sea_route(nsr))

# %% [markdown]
# **What this data cannot show.** Transit is only ships that sail the whole route; most traffic on the route is
# Russian exports from Arctic ports (such as Yamal LNG) and is not in the bars. The 2022 figure is disputed (41.5
# thousand tonnes or about 200 thousand, depending on the source). And tonnes do not show who pays, who builds the
# ships, or who decides.
#
# ### Exercise 11 · A small share of a big route
#
# What share of all cargo on the Northern Sea Route in **2024** was transit? Use the last row of `nsr`
# (`transit_mt` and `total_nsr_mt`), as a whole number of per cent with `round(...)`.

# %% exercise="03.nsr_share" tags=["answer"]
transit_share_2024 = ...

# %%
check("03.nsr_share", transit_share_2024)

# %% [markdown]
# **Technology.** The few dated facts our sources confirm: 5G, chips and machine tools, satellites, the Moon and
# nuclear power, and the Arctic rows beside them. Which way does the dependence run?

# %%
load_cooperation_facts("Arctic and technology")[["date", "fact", "uncertain", "source_type"]]

# %% [markdown]
# The register's verdicts on this station's claims (E12, E11, F05):

# %%
claim_verdicts("Arctic and technology")

# %% [markdown]
# ## 4 · Teach-back and the cooperation scorecard (12 minutes)
#
# Back in your home group, each expert teaches their station in three minutes: one number, one limit, one claim and
# its verdict. Then fill in the scorecard together. For each area give:
#
# - **depth**, 1–3 (1 thin, 3 deep: long contracts, large sums, regular practice);
# - **who needs whom more**: `"Russia"` (Russia needs China more), `"China"`, `"equal"` or `"changed"` (it has
#   shifted over time);
# - **friction**, 1–3 (1 none seen, 3 open disputes);
# - **one number** from the data, with its year, in quotes;
# - **one quotation** from one of the five articles, word for word, in quotes.

# %%
my_scorecard = {
    #                        depth  who needs whom more  friction  one number  one quotation
    "energy":                (...,  ...,                 ...,      ...,        ...),
    "trade and money":       (...,  ...,                 ...,      ...,        ...),
    "arms and exercises":    (...,  ...,                 ...,      ...,        ...),
    "Arctic and technology": (...,  ...,                 ...,      ...,        ...),
}

# %% [markdown]
# Run the next cell to set your scorecard beside a reference reading. A program can only check two things: whether
# your quotation really is in an article, word for word, and whether your ratings match the reference. The
# reference is **one reasoned reading**, not the answer: where you differ, the reasons matter more than the numbers.

# %%
compare_scorecard(my_scorecard, corpus)

# %% [markdown]
# ## 5 · Perspectives side by side (5 minutes)
#
# Who calls the relationship what? Each row is our own one- or two-sentence summary, with the type of its source
# (the full addresses are in `helpers/data/perspectives.csv`).

# %%
perspectives_side_by_side()

# %% [markdown]
# Notice **who gains from each wording** (this is our reading; argue with it). Beijing's "not an alliance, not
# aimed at anyone" helps it keep its far bigger trade with Europe and the US: Russia takes only about 2% of China's
# exports. Moscow's "we don't need an alliance, but it can't be ruled out" leaves a door open. Washington and NATO
# stress what China supplies to Russia's war industry, while saying China does not send finished weapons. Kazakhstan
# and India deal with both giants, so they stress balance and options.
#
# > **Discuss.** Put the American and the Chinese rows next to the technology facts of Station D. Which facts does
# > each side pick, and which does it leave out? Is "decisive enabler" a fact or a judgement?
#
# ## 6 · Back to your hypothesis (5 minutes)
#
# Here is what you wrote at the start:

# %%
print(my_hypothesis if isinstance(my_hypothesis, str) else "(no hypothesis written yet: see Exercise 1)")

# %% [markdown]
# ### Exercise 12 · Exit question
#
# Are Russia and China partners of equals, or does one need the other more? In four to six sentences, say whether
# you keep, change or refine your hypothesis. Use **two numbers** from today's data (with their years), name **one
# limit** of that data, and say in which area the answer is least clear.

# %% exercise="03.exit" tags=["answer"]
my_conclusion = ...

# %%
check("03.exit", my_conclusion)

# %% [markdown]
# ## 7 · Extension: what each article covers and leaves out (8 minutes)
#
# The `areas` layer of the annotation helper tags each sentence with the areas its words point to (energy, military,
# arctic_transport ...). The table counts the tagged sentences in each article. It counts **cue words**, not
# meaning: a sentence about "military cooperation" counts as military whether it praises it or doubts it.

# %%
coverage = area_coverage(corpus)
coverage

# %% [markdown]
# And for each article, the areas it never mentions:

# %%
left_out(coverage)

# %% [markdown]
# ### Exercise 13 · The forgotten area
#
# Which area does **only one** of the five articles mention? Give the area's name as in the table (for example
# `"finance"`).

# %% exercise="03.coverage" tags=["answer"]
only_one_article = ...

# %%
check("03.coverage", only_one_article)

# %% [markdown]
# > **Discuss.** The summary says nothing about energy, the Arctic or technology, yet it claims China can "dictate the
# > terms of the trade deals". Can an article judge who needs whom while leaving out the areas where dependence is
# > greatest? Which article would you give a reader who wants to know about energy, and why?
#
# ## Discussion prompts
#
# 1. **Energy:** Power of Siberia reached its full daily rate in December 2024, five years after it opened. Is that
#    a sign of strength or of how hard it is to replace Europe (about 155 bcm in 2021)? Use the numbers.
# 2. **Trade:** China's share of Russia's trade rose to about a third while Russia stayed at about 4% of China's.
#    Which figure would a Russian official quote, and which would an American one? Why?
# 3. **Arms:** Russia sells India the same S-400 it sold China. What does that tell you about the limits of the
#    partnership?
# 4. **Sources:** more than half of the trade bars rest on state media alone. Should the pack leave them out, show
#    them pale (as it does), or look for something else? What would you lose each way?
#
# ## What you did
#
# - You tested twelve claims from five articles against sourced data, station by station.
# - You computed a contract share, a top-supplier count, an asymmetry ratio and a transit share in one or two lines
#   of pandas, and said what each number cannot show.
# - You met five common mistakes with evidence: drills are not an alliance, payment in yuan is not size, Russia is not
#   China's supplier of everything, the gas price is not known, and China is not a large direct investor.
# - You set the official views of Russia, China, the US, NATO, the EU, Kazakhstan and India side by side, and came
#   back to your hypothesis with evidence.
#
# **Next:** notebook 04 (critical reading) turns these moves into a routine for any article: who wrote it, when, on
# what evidence, and in which words.
