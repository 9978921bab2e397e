# %% [markdown]
# # 02 · The treaty: what it says, how it renews, and whether the articles get it right
#
# **Time:** about 50 minutes (add 10–15 minutes if you hold both discussions in class).
# **You need:** notebook 00 (how to run cells). No Python experience is assumed; a few exercises ask you to change
# one line.
#
# **By the end you will be able to:**
# 1. say what a friendship treaty is, what it is not, and how the 2001 treaty went from signature to force;
# 2. find your way round its 25 articles by theme, and say how sure we are of each summary;
# 3. explain why Articles 8 and 9 do **not** make China and Russia allies, by comparing them with the 1950
#    Sino-Soviet treaty and NATO's Article 5;
# 4. work out, with code, when the treaty's current period ends and when notice to leave it was due;
# 5. check what three of our articles say about the treaty against what it says, and trace one claim back to
#    where its wording came from.
#
# **The question for this lesson:** three of our five articles report that the treaty was renewed or extended, and
# one builds an argument on three of its articles. Do they describe it correctly?

# %% [markdown]
# ## Before we start: what we know, and how sure we are
#
# The treaty was written in Chinese and Russian; both texts count equally. Any English version is a translation.
# This pack does **not** copy the treaty. Instead it has a **digest**: one entry per part of the treaty, summarised
# in our own words, each with the web addresses it rests on and a **confidence** label:
#
# | confidence | what it means |
# |---|---|
# | checked against a copy of the text | we compared our summary with a copy or excerpt of the treaty itself |
# | secondary summary | a news report, an official summary or an encyclopedia says so; we have not seen that part of the treaty |
# | unconfirmed | no copy of the text we could read confirms it; treat it as a lead to check, not a fact |
#
# A digest that shows where each line comes from is itself a lesson: **when you summarise a source, say how you
# know.** The digest is the file `helpers/data/treaty_digest.yaml`; open it in JupyterLab. Run the cell below to load
# it and the other helpers.

# %%
from datetime import date

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display

from helpers import check, hint, load_seeds, reveal
from helpers.annotate import annotate
from helpers.treaty import (
    alliance_ladder, areas_by_confidence, article, explore, in_context, key_dates, load_digest,
    load_official_text, mentions, period_on, renewal_periods, treaty_sentences, where_to_read,
)

pd.set_option("display.max_colwidth", None)  # show whole summaries, not the first 50 characters
corpus = load_seeds()
digest = load_digest()
print(f"The digest has {len(digest)} entries: the preamble and Articles 1 to {digest['number'].iloc[-1]}.")

# %% [markdown]
# ## 1 · What a friendship treaty is, and what it is not
#
# A **treaty** is a written agreement between states that binds them under international law once it enters into
# force (for a treaty like this one, only after each state has approved it by its own procedure). The 2001 one is called the *Treaty of Good-Neighbourliness and Friendly
# Cooperation*. A treaty like this sets out **principles** for how two neighbours will treat each other (respect
# each other's borders, don't use force, don't interfere) and **areas** in which they mean to work together.
#
# It is **not**:
#
# - **an alliance.** It contains no promise to fight for the other side if it is attacked. You will see exactly what
#   it promises instead in section 4.
# - **a trade deal.** It names fields of cooperation; none of the parts we could check sets tariffs, quotas or sums
#   of money.
# - **a border agreement.** It says neither side claims the other's land, but the last disputed stretches of the
#   border were settled later, in 2004, not by this treaty.
#
# So when an article says the two countries "renewed their friendship treaty", the sensible next question is:
# *what, in that treaty, did they renew?*
#
# ## 2 · From signature to force
#
# Leaders **sign** a treaty to show that they agree on its text. It does not bind anyone yet: first each country
# **ratifies** it by its own procedure (usually a parliament approves it and the head of state signs a law). Then
# the two sides **exchange instruments of ratification**, formal documents saying "we have done our part", and the
# treaty **enters into force**. Here are the steps for this treaty, with their sources:

# %%
dates = key_dates()
dates[["date", "party", "event", "certainty", "note"]]

# %% [markdown]
# One date is marked **uncertain**: an encyclopedia gives 25 January 2002 for Putin's signature of the
# ratification law, while the Chinese news agency Xinhua reported that the Kremlin announced it on Monday
# 28 January. Both could be true (a law can be signed before it is announced), but we have not found the law itself,
# so we cannot settle it. The figure puts that step at the encyclopedia's date, 25 January, and draws it with an
# open circle to show that the date is not sure.

# %%
COLOURS = {"both": "#000000", "China": "#D55E00", "Russia": "#0072B2"}  # colour-blind-safe (Okabe-Ito)
steps = dates[dates["step"].isin(["signing", "ratification", "entry into force"])].reset_index(drop=True)

fig, ax = plt.subplots(figsize=(11, 4))
ax.plot(steps["date"], steps.index, color="grey", linewidth=1, zorder=0)  # the path from one step to the next
for position, row in steps.iterrows():
    uncertain = row["certainty"] == "uncertain"
    colour = COLOURS[row["party"]]
    ax.plot(row["date"], position, "o", markersize=10, color=colour, markerfacecolor="white" if uncertain else colour)
labels = [f"{row['label']}, {row['date']:%d %b %Y}" + (" (date uncertain)" if row["certainty"] == "uncertain" else "")
          for _, row in steps.iterrows()]
ax.set_yticks(steps.index, labels, fontsize=11)
ax.invert_yaxis()
ax.xaxis.set_major_locator(mdates.MonthLocator(bymonth=[7, 9, 11, 1, 3]))  # every two months
ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
ax.tick_params(axis="x", labelsize=11)
ax.grid(axis="x", color="#DDDDDD")
handles = [plt.Line2D([], [], marker="o", linestyle="", color=c, label=p) for p, c in COLOURS.items()]
ax.legend(handles=handles, title="who acts", loc="upper right", frameon=False, fontsize=11, title_fontsize=11)
ax.set_title("Seven months from signature to force (16 July 2001 – 28 February 2002)", fontsize=13)
plt.tight_layout()
plt.show()

# %% [markdown]
# Keep this figure in mind: in section 7 one of our articles says the treaty was "first ratified in 2001 by
# President Putin and Jiang Zemin". Is that what the figure shows?
#
# ## 3 · A tour of the 25 articles by theme
#
# Here is the whole digest, one row per part of the treaty. Read down the **confidence** column before you read
# anything else.

# %%
digest[["number", "topic", "areas", "confidence"]].set_index("number")

# %% [markdown]
# Only eight entries are checked against a copy of the text: the sources we could read covered the opening articles
# of the treaty well and the later ones poorly. Nine are **unconfirmed**: their topics are what secondary sources
# suggest, and their summaries start with the word "Unconfirmed". That is not a flaw to hide; it tells you which
# parts you would have to read in the official text before quoting them.
#
# The chart counts which **areas** of the relationship the articles touch. One article can touch several areas,
# so the bars add up to more than 26.

# %%
table = areas_by_confidence()
CONFIDENCE_STYLE = {  # colour and pattern, so the chart also works in black and white
    "checked against a copy of the text": {"color": "#009E73", "hatch": ""},
    "secondary summary": {"color": "#E69F00", "hatch": "//"},
    "unconfirmed": {"color": "#BBBBBB", "hatch": "xx"},
}
names = [area.replace("_", " / ") for area in table.index]  # "arctic_transport" -> "arctic / transport"
fig, ax = plt.subplots(figsize=(10, 5))
left = pd.Series(0, index=table.index)
for level, style in CONFIDENCE_STYLE.items():
    ax.barh(names, table[level], left=left, label=level, edgecolor="black", **style)
    left += table[level]
ax.invert_yaxis()
ax.tick_params(labelsize=11)
ax.set_xlabel("number of treaty articles (and the preamble) touching the area", fontsize=11)
ax.set_title("What the 2001 treaty is about, and how sure we are", fontsize=13)
ax.legend(title="confidence of our summary", loc="center right", fontsize=11, title_fontsize=11)
plt.tight_layout()
plt.show()

# %% [markdown]
# What stands out:
#
# - **Political and legal** themes dominate: principles, sovereignty, international law, the UN, how the treaty
#   works. This is a treaty about the *rules of the relationship* more than about any one project.
# - **Military** articles are there (no force, confidence-building on the border, no hostile alliances,
#   consultation), but as you will see they are about *not threatening each other*, not about fighting together.
# - **Energy, transport, technology and the economy** appear mainly through one list of fields of cooperation
#   (Article 16, by the usual numbering, which we could not confirm independently). That list names transport, which
#   is why Article 16 counts under "arctic / transport", an area label the whole pack shares. **Finance** appears in
#   no article we could confirm; some sources put it in that list, unconfirmed.
#
# ### Exercise 1 · Match the theme to its article
#
# Use the digest table above. Copy this into the cell below, replacing each `...` with an article number (a number
# without quotes):
#
# ```python
# article_for = {
#     "no force or pressure against each other": ...,
#     "respect for the path each country chooses": ...,
#     "support for national unity and territorial integrity": ...,
#     "no alliance aimed against the other": ...,
#     "cooperation in the United Nations": ...,
# }
# ```

# Stuck? Run `hint("02.themes")` in a new cell for a hint. After a real attempt, `reveal("02.themes")` shows a
# reference answer. This works for every exercise in this notebook: change the exercise name.

# %% exercise="02.themes" tags=["answer"]
article_for = ...

# %%
check("02.themes")

# %% [markdown]
# ### Exercise 2 · What could you quote?
#
# You are writing an essay and want to cite five articles of the treaty: **2, 8, 9, 10 and 16**. Going by the
# digest, which of them could you describe as *checked against a copy of the text*? Give a list of numbers, for
# example `[1, 4]`.

# %% exercise="02.checked" tags=["answer"]
checked_articles = ...

# %%
check("02.checked")

# %% [markdown]
# ## 4 · Security: why "not an alliance" matters
#
# Two articles deal with what happens if one side is threatened. Here is our digest entry for each, with its note
# (what the summary leaves out) and confidence:

# %%
digest.set_index("number").loc[["9", "8"], ["topic", "summary", "note", "confidence"]]

# %% [markdown]
# Article 9 is a promise to **talk**: get in touch at once and consult. Article 8 is a promise **not to gang up**:
# neither side joins a bloc, or signs a treaty with someone else, aimed against the partner. Neither promises help.
#
# To see why that matters, put the 2001 treaty beside two treaties that **do** promise help. The first is the
# treaty China and the Soviet Union signed in 1950 (China announced in 1979 that it would not renew it, and it ran
# out at the end of its 30-year term; see notebook 01). The second is the North Atlantic Treaty of 1949, which
# founded NATO. Together they make a ladder of commitment:

# %%
alliance_ladder()[["treaty", "years", "promise", "if_one_is_attacked", "source"]]

# %% [markdown]
# Read it from the top rung down:
#
# 1. **Mutual defence (1950).** If Japan or its allies attacked one of them, the other would join in at once, with
#    every means it had.
# 2. **Collective defence (NATO).** An attack on one member counts as an attack on all; each member decides what
#    help to send, and armed force is one option.
# 3. **Consultation (2001).** If one side sees a threat, the two talk. Nothing more is promised.
#
# This order goes by the **wording** of each promise: the 1950 treaty promised help at once and with all means, while
# NATO's Article 5 lets each member decide what help to send. In practice you could rank NATO higher, because its
# members also built a joint military command to carry the promise out. Either way, the 2001 treaty is on the
# bottom rung.
#
# Why does the rung matter? A defence promise can drag a country into its partner's war; consultation leaves each
# side free to decide. It also tells everyone else what to expect: other states plan differently around a
# partner that *must* help than around one that only *may*. Both governments presented the treaty as not aimed at
# any third country ([Xinhua](http://china.org.cn/english/FR/26084.htm)), and their 2021 joint statement
# says again that the relationship is not a military-political alliance of the Cold War kind
# ([Chinese text](http://shenduxp.com/wap/2021-06/29/content_30770238.htm)).
#
# ### Exercise 3 · Read Article 8 carefully
#
# Which sentence describes Article 8 correctly? Answer with one letter, as text, for example `"a"`.
#
# - **a** Neither side may join any alliance with any other country.
# - **b** Neither side joins an alliance or bloc aimed against the other, but the treaty does not make them allies.
# - **c** The two sides form an alliance against third countries.
# - **d** Each side must defend the other if it is attacked.

# %% exercise="02.article8" tags=["answer"]
article_8_reading = ...

# %%
check("02.article8")

# %% [markdown]
# ## 5 · Taiwan, the border, and nuclear weapons
#
# Three more articles are often quoted. Read the **note** column as carefully as the summary: it says what each
# article does *not* do.

# %%
digest.set_index("number").loc[["5", "6", "2"], ["topic", "summary", "note", "confidence"]]

# %% [markdown]
# - **Taiwan (Article 5)** is one-sided: only Russia takes on obligations here, restating its support for China's
#   position on Taiwan, and there is no military commitment at all.
# - **The border (Article 6)**: in 2001 a few stretches of the border were still disputed; the article left them
#   as they were until they could be negotiated, which happened in 2004. Our summary of this article rests on
#   secondary sources.
# - **No first use (Article 2)**: each promises not to be the first to use nuclear weapons **against the other**,
#   and not to aim strategic missiles at the other. It says nothing about any third country, so an article claiming
#   the treaty commits either country to "no first use" in general would be wrong.
#
# ## 6 · The renewal clause, as code
#
# Article 25 sets the treaty's clock. In our words: the treaty lasted 20 years from the day it took effect; after
# that it **renews itself automatically for five years at a time**, unless one side tells the other in writing, at
# least one year before the current period ends, that it wants out. Nobody has to sign anything for it to carry on.
#
# That is arithmetic, so let the computer do it. `renewal_periods()` lists the periods, starting from the day the
# treaty took effect (28 February 2002):

# %%
periods = renewal_periods()
periods

# %% [markdown]
# **How we count days (read this).** The sources do not say how the days are counted, so the exact day of each
# date below is **uncertain by one day**. Our rule, written down so you can check it:
#
# - a period runs from its `start` up to its `end`, which is the same calendar date 20 (or 5) years later; the `end`
#   day is also the first day of the next period, so the last day *inside* a period is `last_day`;
# - notice must reach the other side on or before `notice_deadline`, the same calendar date one year before `end`;
# - leap years do not matter here, because the treaty took effect on 28 February (the helper's docstring explains
#   what it would do with a 29 February).
#
# To fix the stored output of this notebook, we do the arithmetic **as of a fixed date, 22 November 2026**:

# %%
AS_OF = date(2026, 11, 22)
status = period_on(AS_OF)
print(status.sentence())

# %% [markdown]
# Two things follow, and one thing does not:
#
# - On 22 November 2026 the treaty is in its first five-year renewal, which ends on 28 February 2027, 98 days later.
# - The deadline for notice to stop it at that date, 28 February 2026, is already behind us. So unless one side gave
#   notice by then, Article 25 carries the treaty on to 2032 without anyone signing anything.
# - We **cannot** tell you whether notice was given or what the two governments decided in 2026. A TASS report from
#   November 2025 quotes Russia's foreign minister saying the two presidents' offices would decide around
#   16 July 2026 (25 years after signing) how to affirm and build on the treaty; it calls 2026 the year the treaty
#   expires, which does not match the arithmetic above ([TASS](https://tass.com/politics/2042125)). We found no
#   reliable source on any decision in 2026, so this notebook does not claim one.
#
# The figure puts the periods on one line, with each notice deadline and the 2021 announcements:

# %%
shown = renewal_periods(until=date(2031, 12, 31))
fig, ax = plt.subplots(figsize=(11, 3.8))
for row in shown.itertuples():
    future = row.start > AS_OF
    ax.barh(0, (row.end - row.start).days, left=row.start, height=0.5, edgecolor="black",
            color="#FFFFFF" if future else ("#56B4E9" if row.period else "#0072B2"), hatch="//" if future else "")
    ax.text(row.start + (row.end - row.start) / 2, 0, row.label.split(" (")[0] + ("\n(if no notice)" if future else ""),
            ha="center", va="center", fontsize=11, color="white" if row.period == 0 else "black",
            bbox=dict(facecolor="white", edgecolor="none", pad=1) if future else None)
    ax.plot(row.notice_deadline, -0.45, "v", color="#D55E00", markersize=8)
events = dates[dates["step"] == "extension"]
for row in events.itertuples():
    ax.plot(row.date, 0.45, "o", color="black", markersize=6)
ax.axvline(AS_OF, color="black", linestyle="--", linewidth=1)
ax.text(AS_OF, 0.75, f"as of {AS_OF:%d %b %Y} ", ha="right", fontsize=10)
ax.set_ylim(-0.8, 0.95)
ax.set_yticks([])
legend = [plt.Line2D([], [], marker="v", linestyle="", color="#D55E00", label="notice deadline"),
          plt.Line2D([], [], marker="o", linestyle="", color="black", label="2021: Guilin meeting, joint statement")]
ax.legend(handles=legend, loc="lower left", fontsize=10, frameon=False, bbox_to_anchor=(0, -0.45), ncol=2)
ax.tick_params(axis="x", labelsize=11)
ax.set_title("The treaty's periods under Article 25", fontsize=13)
plt.tight_layout()
plt.show()

# %% [markdown]
# Look at the first notice deadline (28 February 2021) and the two black dots after it. By the time the foreign
# ministers met in Guilin in March 2021, the deadline for leaving at the end of the first term had already passed.
# Their agreement, and the leaders' joint statement in June, **confirmed** a renewal that Article 25 made automatic;
# they did not create a new treaty.
#
# The cell below does the same arithmetic for the day **you** run it.

# %% tags=["nbval-ignore-output"]
# Output not compared by nbval: it depends on the day you run the notebook.
print(period_on(date.today()).sentence())

# %% [markdown]
# ### Exercise 4 · The period after this one
#
# Suppose no notice was given by 28 February 2026, so the treaty rolls on into its next period. On what date would
# **that** period end, and what is the last day to give notice to stop the treaty at that date? Use
# `renewal_periods()` (the table above has the answer in one of its rows). Write the dates as text, like this:
# `{"end": "2099-01-31", "notice_deadline": "2098-01-31"}`. (If you take a date from the table with code, turn it
# into text with `str(...)`: the check compares text.)

# %% exercise="02.renewal" tags=["answer"]
next_period = ...

# %%
check("02.renewal")

# %% [markdown]
# ### Exercise 5 · Too late to leave?
#
# The foreign ministers agreed in Guilin, on 23 March 2021, that the treaty would carry on. Had the deadline for
# notice to end the treaty after its first 20 years already passed on that day? Answer `True` or `False`. You may
# use `period_on("2021-03-23")` to check.

# %% exercise="02.guilin" tags=["answer"]
deadline_passed_at_guilin = ...

# %%
check("02.guilin")

# %% [markdown]
# ## 7 · Checking the articles against the treaty
#
# Now the real test. The pack's **annotation layer** called `treaty` marks every place an article names the treaty
# (label `treaty`), talks about extending or renewing it (`extension`) or cites one of its articles (`article`).
# Counting the marks shows who talks about the treaty at all:

# %%
spans = annotate(corpus, layers=["treaty"])
spans.groupby(["article", "label"]).size().unstack(fill_value=0).reindex(corpus.ids, fill_value=0)

# %% [markdown]
# The explainer and the fragment never mention the treaty. The summary, the essay and the op-ed do, and only the
# op-ed cites articles by number. Here is every sentence the layer ties to a numbered article:

# %%
treaty_sentences(corpus).query("labels.str.contains('article')")[["article", "found", "sentence"]]

# %% [markdown]
# Those sentences, and the ones about the 2021 extension, hold the claims to check. We pin down five of them (the
# ids are the ones used in the pack's claims register, `helpers/data/claims.csv`) by a few words in each:

# %%
CLAIMS = pd.DataFrame([
    {"claim": "O03", "article": "oped", "words": "Article 9 states", "check against": "Article 9"},
    {"claim": "O04", "article": "oped", "words": "Articles 7 and 16", "check against": "Articles 7 and 16"},
    {"claim": "S02", "article": "summary", "words": "an additional five years", "check against": "Article 25, key dates"},
    {"claim": "E01", "article": "essay", "words": "announced the extension", "check against": "key dates"},
    {"claim": "E02", "article": "essay", "words": "first ratified in 2001", "check against": "key dates"},
])
every_sentence = treaty_sentences(corpus)


def locate(claim):
    """The one treaty sentence in the claim's article that contains the claim's words."""
    found = every_sentence[(every_sentence["article"] == claim["article"])
                           & every_sentence["sentence"].str.contains(claim["words"], regex=False)]
    assert len(found) == 1, f"{claim['claim']}: expected one sentence, found {len(found)}"
    return found.iloc[0]


located = CLAIMS.join(CLAIMS.apply(locate, axis=1)[["start", "end", "labels", "sentence"]])
located[["claim", "article", "labels", "sentence", "check against"]]

# %% [markdown]
# A sentence on its own can mislead, so read each one **in its paragraph** (the claim's sentence is between ▶ and ◀):

# %%
for claim in located.drop_duplicates("start").itertuples():
    print(f"[{claim.claim}, {claim.article}]")
    print(in_context(corpus[claim.article], claim.start, claim.end))
    print()

# %% [markdown]
# Here is how the annotation layer itself sees the op-ed's passage on the treaty's articles and the essay's first
# sentences: each highlighted span is something the `treaty` layer found (in JupyterLab, hover over a span to read
# its note). Notice that the layer finds *where* the treaty is discussed; deciding whether the claim is right is
# your job.

# %%
from helpers.display import show

oped, essay = corpus["oped"], corpus["essay"]
first = next(n for n, s in enumerate(oped.sentences) if s.start == located.loc[0, "start"])
display(show(oped, layers=["treaty"], sentences=(first - 1, first + 2)))
display(show(essay, layers=["treaty"], sentences=(0, 2)))

# %% [markdown]
# Now the evidence from the digest and the key dates. For each claim, decide: is it **accurate**, **partly
# accurate** or **inaccurate**? (A simplification that keeps the meaning counts as accurate; a statement that is
# right in part but suggests more than the treaty says is partly accurate.)

# %%
evidence = digest.set_index("number").loc[["9", "7", "16", "25"], ["topic", "summary", "note", "confidence"]]
evidence

# %%
dates[["date", "event", "certainty"]]

# %% [markdown]
# ### Exercise 6 · Your verdicts
#
# Copy this into the cell below and fill in each verdict with `"accurate"`, `"partly accurate"` or `"inaccurate"`:
#
# ```python
# verdicts = {
#     "O03": ...,   # op-ed: Article 9, consult to remove a threat
#     "O04": ...,   # op-ed: Articles 7 and 16, more military cooperation and "military know-how"
#     "S02": ...,   # summary: the renewal extends the treaty by five years
#     "E01": ...,   # essay: on 28 June 2021 Putin and Xi announced the extension
#     "E02": ...,   # essay: "first ratified in 2001 by President Putin and Jiang Zemin"
# }
# ```

# %% exercise="02.verdicts" tags=["answer"]
verdicts = ...

# %%
check("02.verdicts")

# %% [markdown]
# When your verdicts are in, compare them with the reasoning in the claims register (`helpers/data/claims.csv`,
# rows O03, O04, S02, E01 and E02). The one outright error is a mix-up you can now name: **signing is not
# ratifying.** The two leaders signed the treaty in July 2001. Ratification came after that, from October 2001
# (China's NPC Standing Committee) to January 2002 (Russia's Federation Council and Putin's law), and the treaty
# took effect on 28 February 2002.
#
# ## 8 · Tracing a claim to where it came from
#
# Claim O04 is the interesting one. Article 7, as we read it, is about confidence-building and fewer troops **along
# the border**, and it says the two sides' military cooperation is not aimed at anyone else. It does not say that
# cooperation should grow. So where does "increasing cooperation ... between their militaries" come from?
#
# For years the English Wikipedia article on the treaty has summed up Articles 7 and 16 as pointing to *increasing
# military cooperation*, with the sharing of *military know-how*, and called Article 9 a possible *implicit defense
# pact* ([a copy of that article](https://en-academic.com/dic.nsf/enwiki/2145438)). Put the three side by side:

# %%
pd.DataFrame([
    {"where": "the op-ed", "Articles 7 and 16": "increasing cooperation and trust between their militaries; "
     "cooperating in military know-how", "Article 9": "will consult to eliminate the threat; raises the question of "
     "the potential for a form of defense pact"},
    {"where": "English Wikipedia's summary", "Articles 7 and 16": "increasing military cooperation; military "
     "know-how", "Article 9": "an implicit defense pact"},
    {"where": "our digest", "Articles 7 and 16": article(7)["summary"], "Article 9": article(9)["summary"]},
]).set_index("where")

# %% [markdown]
# The op-ed follows the encyclopedia's summary almost point for point, not the treaty's text. And "military
# know-how" is itself a translation choice: the Chinese foreign ministry's English version uses it, while the
# Russian term means *military-technical* cooperation (arms trade and defence technology), one item in the list of
# fields usually numbered Article 16. This is the **T** of SIFT: *trace claims to their original context*. Here the
# wording leads back to an encyclopedia summary, not to the treaty. That is a signal about where the wording came
# from, not proof of how the op-ed was written: its author may have met the same summary somewhere else.
#
# ### Exercise 7 · Where did the framing come from?
#
# Answer with one letter, as text. The op-ed's description of Articles 7 and 16 most closely follows:
#
# - **a** the treaty's own text
# - **b** an English Wikipedia summary of the treaty
# - **c** the 2021 joint statement
# - **d** the essay in our corpus

# %% exercise="02.trace" tags=["answer"]
framing_source = ...

# %%
check("02.trace")

# %% [markdown]
# ## 9 · Explore any part of the treaty
#
# `explore(number, corpus)` puts our digest entry for one part of the treaty beside every sentence in the corpus
# that refers to it. For Article 25, the renewal clause, sentences about the extension count too. Here is
# Article 9 as a table, which is all the lesson needs:

# %%
found = explore(9, corpus)
found.card.to_frame()

# %%
found.mentions[["article", "found", "sentence"]]

# %% [markdown]
# Try another: `explore(25, corpus).mentions` lists every sentence about the extension, and `explore(5, corpus)`
# shows that none of our five articles cites the treaty's Article 5 (Taiwan). If you run this notebook in
# JupyterLab, the cell below gives you the same view with a menu.

# %% tags=["nbval-ignore-output"]
# Output not compared by nbval: widget state lives in the browser. The two tables above show the same for Article 9.
from helpers.widgets import treaty_explorer

treaty_explorer(corpus)

# %% [markdown]
# ## 10 · Read the treaty itself
#
# Our digest is a guide, not the treaty. These are the places where its text is published; the **status** column
# says whether we could confirm each address. The GRIPS database copy (in English and Japanese) is the one we
# confirmed; the Chinese foreign ministry's addresses are widely cited but we could not confirm that they work.

# %%
where_to_read()

# %% [markdown]
# If you save a copy of the text as a plain `.txt` file (one article per heading "Article 1", "Article 2" ...),
# `load_official_text` splits it into articles so you can put the official wording beside our summary. With no copy
# saved, it tells you so in one sentence:

# %%
from helpers.treaty import TreatyError

try:
    load_official_text("treaty_text.txt")
except TreatyError as problem:
    print(problem)

# %% tags=["nbval-ignore-output"]
# Output not compared by nbval: it depends on whether you saved a copy of the treaty as notebooks/treaty_text.txt.
from pathlib import Path

if Path("treaty_text.txt").exists():
    official = load_official_text("treaty_text.txt")
    print("Official wording of Article 9:\n", official.get("9", "(no Article 9 found in your copy)"))
    print("\nOur summary:\n", article(9)["summary"])
else:
    print("No copy saved yet: that is fine, the lesson does not need one.")

# %% [markdown]
# ## 11 · Discuss
#
# > **Does the 2021 extension "mean" anything?** Each article answers differently. Read the sentences below
# > (everything the layer ties to the extension). The summary says the renewal will help the two sides
# > "solidify their trade and security ties"; the op-ed says the extension "did not define any new parameters".
# > Which reading fits what Article 25 says about how renewal happens? What *would* have counted as news?

# %%
mentions(25, corpus)[["article", "found", "sentence"]]

# %% [markdown]
# > **What would have to change for the relationship to become an alliance?** Use the ladder in section 4: which
# > rung would the two countries need to climb to, and what would a treaty have to say for that? Would you expect
# > to learn of such a change from a news summary like ours, or from somewhere else?
#
# ### Exercise 8 · In your own words
#
# A friend reads the op-ed and says: "So China and Russia are basically allies now." In three or four sentences,
# explain why the 2001 treaty does not make them allies. Use at least two articles of the treaty, and one of the
# comparisons from section 4. Replace the `...` with your answer in quotes: `not_an_alliance = "The treaty ..."`.

# %% exercise="02.not_alliance" tags=["answer"]
not_an_alliance = ...

# %%
check("02.not_alliance")

# %% [markdown]
# ## What you did
#
# - You read the treaty through a digest that says how sure it is of each line, and saw that a third of it is
#   unconfirmed.
# - You placed the 2001 treaty on a ladder of commitment, below the 1950 mutual-defence treaty and NATO's
#   collective defence: consultation, not defence.
# - You computed the renewal dates yourself and saw that the 2021 "extension" confirmed an automatic renewal.
# - You checked five claims, found one outright error (signing is not ratifying) and one overstatement, and traced
#   the overstatement to an encyclopedia summary.
#
# **Next:** notebook 04 (critical reading) turns these moves (sourcing, checking, tracing) into a routine for any
# article, including ones you bring yourself.
