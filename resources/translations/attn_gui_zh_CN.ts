<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnimationExportDialog</name>
    <message>
        <location filename="../../attn_gui/ui/animation_export_dialog.py" line="21"/>
        <source>Export animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/animation_export_dialog.py" line="22"/>
        <source>Animations (*.gif *.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/animation_export_dialog.py" line="32"/>
        <source>This stage ({count} steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/animation_export_dialog.py" line="38"/>
        <source>The whole lesson ({count} steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/animation_export_dialog.py" line="43"/>
        <source>Steps from … to …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/animation_export_dialog.py" line="62"/>
        <source> steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/animation_export_dialog.py" line="63"/>
        <source>&amp;Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/animation_export_dialog.py" line="64"/>
        <source>F&amp;rom step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/animation_export_dialog.py" line="65"/>
        <source>&amp;To step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/animation_export_dialog.py" line="66"/>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/animation_export_dialog.py" line="68"/>
        <source>Frames per st&amp;ep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/animation_export_dialog.py" line="70"/>
        <source>S&amp;peed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/animation_export_dialog.py" line="80"/>
        <source>The file name must end in .gif or .mp4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/animation_export_dialog.py" line="85"/>
        <source>The last step must come after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/animation_export_dialog.py" line="89"/>
        <source>Drawing the animation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/animation_export_dialog.py" line="90"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/animation_export_dialog.py" line="108"/>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../../attn_gui/ui/appearance.py" line="10"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/appearance.py" line="11"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/appearance.py" line="12"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/appearance.py" line="13"/>
        <source>Projector (high contrast)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Caption</name>
    <message>
        <location filename="../../attn_gui/timeline/cellwise_steps.py" line="25"/>
        <source>X_in[{row}, {col}] = X[{row}, {col}] + PE[{row}, {col}] = {x} + {pe} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/cellwise_steps.py" line="28"/>
        <source>Row “{row}”: X_in = X + PE, cell by cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/cellwise_steps.py" line="29"/>
        <source>X_in = X + PE, cell by cell: {shape} + {shape} → {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/cellwise_steps.py" line="30"/>
        <source>Positional encoding is off: X_in[{row}, {col}] = X[{row}, {col}] = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/cellwise_steps.py" line="33"/>
        <source>Positional encoding is off: row “{row}” of X_in is row “{row}” of X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/cellwise_steps.py" line="36"/>
        <source>Positional encoding is off: X_in = X, {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/cellwise_steps.py" line="37"/>
        <source>S[{row}, {col}] ÷ {root} = {score} ÷ {divisor} = {value}, one score scaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/cellwise_steps.py" line="40"/>
        <source>Row “{row}” of S ÷ {root}: every score divided by {divisor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/cellwise_steps.py" line="41"/>
        <source>S ÷ {root}: every score divided by {divisor}, so that softmax does not saturate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/cellwise_steps.py" line="44"/>
        <source>Scaling is off: S[{row}, {col}] ÷ 1 = {value}, unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/cellwise_steps.py" line="47"/>
        <source>Scaling is off: row “{row}” of S is divided by 1, unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/cellwise_steps.py" line="50"/>
        <source>Scaling is off: every score is divided by 1 and passes unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/copy_steps.py" line="10"/>
        <source>Token {position}, “{token}”, becomes row {position} of X: its embedding of {d_model} numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/copy_steps.py" line="14"/>
        <source>X: {n} tokens, one embedding row each, {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/copy_steps.py" line="15"/>
        <source>Position {position} (“{token}”) gets its own sines and cosines: row {position} of PE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/copy_steps.py" line="18"/>
        <source>PE: one row of sines and cosines per position, the shape of X, {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/copy_steps.py" line="21"/>
        <source>Row “{token}” of K becomes column “{token}” of Kᵀ: {in_shape} → {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/copy_steps.py" line="24"/>
        <source>Kᵀ: every row of K becomes a column, {in_shape} → {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/copy_steps.py" line="25"/>
        <source>Head {head}&apos;s Z {in_shape} fills columns {first} to {last} of the concatenation {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/copy_steps.py" line="28"/>
        <source>The {heads} heads&apos; Z side by side: {heads} × {in_shape} → {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/mask_steps.py" line="11"/>
        <source>No mask: nothing is hidden, so the scaled scores pass on unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/mask_steps.py" line="14"/>
        <source>Row “{row}” may see keys 1 to {seen}; the {hidden} later positions (j &gt; i) become −∞</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/mask_steps.py" line="17"/>
        <source>Row “{row}” may see keys 1 to {seen}: no later position to hide, the row is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/mask_steps.py" line="20"/>
        <source>Causal mask: the {hidden} scores above the diagonal (j &gt; i) become −∞, no peeking ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/product_steps.py" line="17"/>
        <source>Term {term} of {terms} for {c}[{row}, {col}]: {a}[{row}, {k}] × {b}[{k}, {b_col}] = {x} × {y}, sum so far {sum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/product_steps.py" line="22"/>
        <source>Term {term} of {terms}: {a}[{row}, {k}] × {b}[{k}, {b_col}] = {x} × {y}; all in, so {c}[{row}, {col}] = {sum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/product_steps.py" line="27"/>
        <source>{c}[{row}, {col}] = {a}[{row}, :] · {b}[:, {b_col}], a dot product of {terms} terms = {sum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/product_steps.py" line="31"/>
        <source>Row “{row}” of {c}: row “{row}” of {a} times each of the {columns} columns of {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/product_steps.py" line="34"/>
        <source>{a_shape} · {b_shape} → {c_shape}: columns of {a} = rows of {b} = {terms}. {c}[{row}, {col}] starts with {x} × {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/product_steps.py" line="39"/>
        <source>{a_shape} · {b_shape} → {c_shape}: columns of {a} = rows of {b} = {terms}. First {c}[{row}, {col}] = {sum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/product_steps.py" line="44"/>
        <source>{a_shape} · {b_shape} → {c_shape}: columns of {a} = rows of {b} = {terms}. First the row “{row}” of {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/product_steps.py" line="49"/>
        <source>{a_shape} · {b_shape} → {c_shape}: columns of {a} = rows of {b} = {terms}, so {c} = {a} · {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/softmax_steps.py" line="18"/>
        <source>Row “{row}”: subtract the row&apos;s largest score, {max}, from every score and take exp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/softmax_steps.py" line="21"/>
        <source>Row “{row}”: subtract the row&apos;s largest score, {max}, and take exp; masked −∞ gives 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/softmax_steps.py" line="24"/>
        <source>Row “{row}”: the {count} exponentials add up to {sum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/softmax_steps.py" line="25"/>
        <source>Row “{row}”: each exponential ÷ {sum} is a weight; the weights add up to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/softmax_steps.py" line="28"/>
        <source>Row “{row}” as percentages: the most attention, {percent}%, goes to “{key}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/softmax_steps.py" line="31"/>
        <source>Row “{row}”: exp(score − largest) ÷ {sum}; the most attention, {percent}%, goes to “{key}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/softmax_steps.py" line="35"/>
        <source>Softmax of all {rows} rows: every weight between 0 and 1, every row adding up to 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellExplanation</name>
    <message>
        <location filename="../../attn_gui/ui/cell_explanations.py" line="74"/>
        <source>Head {head} uses columns {first}–{last} of {matrix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/cell_explanations.py" line="89"/>
        <source>Row {row} of {left} times column {column} of {right}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/cell_explanations.py" line="101"/>
        <source>{count} terms in all; the first {shown} are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/cell_explanations.py" line="114"/>
        <source>Feature {feature} of the embedding of token {token}: one row per token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/cell_explanations.py" line="125"/>
        <source>A learned weight of W_O: row {row} multiplies column {row} of Concat, from head {head}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/cell_explanations.py" line="132"/>
        <source>A learned weight of {matrix}: row {row} multiplies input feature {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/cell_explanations.py" line="145"/>
        <source>pos = {pos}, feature index {index} (both counted from 0), so 2i = {two_i}: even indices take sin, odd ones cos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/cell_explanations.py" line="155"/>
        <source>Positional encoding is off: PE is not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/cell_explanations.py" line="165"/>
        <source>Positional encoding is off, so this is {cell} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/cell_explanations.py" line="178"/>
        <source>Transposing lays K down: its rows become columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/cell_explanations.py" line="187"/>
        <source>Scaling is off: the score {cell} is not divided by √d_k.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/cell_explanations.py" line="202"/>
        <source>There is no mask: the score is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/cell_explanations.py" line="205"/>
        <source>Key {key} does not come after query {query}: the score is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/cell_explanations.py" line="210"/>
        <source>Key {key} comes after query {query}: the future is hidden, so the score becomes −∞ and its weight will be exactly 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/cell_explanations.py" line="223"/>
        <source>Masked: exp(−∞) = 0, so the weight is 0%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/cell_explanations.py" line="231"/>
        <source>max = {top}, the row&apos;s largest score; Σ = {terms} = {total}, the row&apos;s sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/cell_explanations.py" line="234"/>
        <source>{query} gives {percent}% of its attention to {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/cell_explanations.py" line="251"/>
        <source>Copied from head {head}: column {column} of Z_{head}. Head {head}&apos;s block is columns {first}–{last} of Concat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/cell_explanations.py" line="300"/>
        <source>{cell} = {value} (exactly {exact})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/cell_explanations.py" line="307"/>
        <source>Head {head}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="56"/>
        <source>{value!r} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="74"/>
        <source>the sentence; tokens are separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="78"/>
        <source>key/value tokens for cross-attention (the encoder side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="85"/>
        <source>one token per Chinese, Japanese or Korean character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="91"/>
        <source>embedding size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="97"/>
        <source>number of heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="100"/>
        <source>query/key size per head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="103"/>
        <source>value size per head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="106"/>
        <source>random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="112"/>
        <source>attention mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="118"/>
        <source>how tokens become vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="123"/>
        <source>do not divide the scores by sqrt(d_k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="128"/>
        <source>do not add the positional encoding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigError</name>
    <message>
        <location filename="../../attn_gui/core/config.py" line="24"/>
        <source>{field} must be a whole number from {low} to {high}, got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="27"/>
        <source>{field} must be one of {allowed}, got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="28"/>
        <source>{field} must be true or false, got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="29"/>
        <source>{field} must hold numbers between -{limit:g} and {limit:g}, got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="111"/>
        <source>A configuration must be a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="117"/>
        <source>Unknown configuration fields: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="121"/>
        <source>A configuration needs tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="187"/>
        <source>{field} must be a list of non-empty words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="192"/>
        <source>{field} contains characters that are not valid text; check the terminal&apos;s encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="201"/>
        <source>Enter at least one token for {field} (words separated by spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="209"/>
        <source>{field} has {value} tokens; at most {high} are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="220"/>
        <source>{field} must have {rows} rows of {cols} numbers each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="251"/>
        <source>d_model ({d_model}) must be divisible by num_heads ({num_heads}), or set d_k and d_v.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="268"/>
        <source>These sizes need about {needed} MB, more than the {limit} MB allowed: use fewer tokens, fewer heads or smaller dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="279"/>
        <source>One-hot embeddings need d_model of at least {needed} (one per distinct token), got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="291"/>
        <source>edits must be a list of (matrix, row, column, value), got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="307"/>
        <source>Supplied embeddings need {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="314"/>
        <source>{field} is only used with supplied embeddings (and cross-attention for kv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="340"/>
        <source>Each edit must be (matrix, row, column, value), got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplanationPane</name>
    <message>
        <location filename="../../attn_gui/ui/explanation_pane.py" line="70"/>
        <source>{title} (head {head})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explanation_pane.py" line="73"/>
        <source>Shapes: {shapes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explanation_pane.py" line="102"/>
        <source>Pinned cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explanation_pane.py" line="103"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explanation_pane.py" line="105"/>
        <source>Unpin the cell and hide its arithmetic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="46"/>
        <source>Write matrices, figures or animations to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="52"/>
        <source>a lesson file (.attn.json) instead of --tokens and the sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="60"/>
        <source>the file to write; its extension chooses: {formats}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="66"/>
        <source>the matrix for one-matrix formats and figures, e.g. weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="71"/>
        <source>the head, from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="76"/>
        <source>decimals in .tex and .md (0 to 17, default 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="81"/>
        <source>.tex: bmatrix (square brackets) or pmatrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="129"/>
        <source>the stage to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="134"/>
        <source>the step within the stage, from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="140"/>
        <source>how much one step shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="146"/>
        <source>PNG resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="151"/>
        <source>PNG without background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="155"/>
        <source>animation: steps A:B of the stage (or lesson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="161"/>
        <source>animation width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="167"/>
        <source>animation: frames each step is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="173"/>
        <source>animation: steps per second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../attn_gui/ui/export_dialog_base.py" line="38"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/export_dialog_base.py" line="43"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/export_dialog_base.py" line="51"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureExportDialog</name>
    <message>
        <location filename="../../attn_gui/ui/figure_export_dialog.py" line="18"/>
        <source>Export figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/figure_export_dialog.py" line="19"/>
        <source>Figures (*.png *.svg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/figure_export_dialog.py" line="26"/>
        <source>The whole stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/figure_export_dialog.py" line="36"/>
        <source>300 dpi prints sharply; SVG and PDF need none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/figure_export_dialog.py" line="39"/>
        <source>&amp;Transparent background (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/figure_export_dialog.py" line="42"/>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/figure_export_dialog.py" line="43"/>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/figure_export_dialog.py" line="48"/>
        <source>The file name must end in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiCommand</name>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="42"/>
        <source>argument --step: give --stage too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="47"/>
        <source>argument --step: stage {stage} has steps 0 to {last}, got {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="55"/>
        <source>Teach transformer attention step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="61"/>
        <source>a lesson file (.attn.json) to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="65"/>
        <source>the stage to open at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="68"/>
        <source>the head to show, from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="73"/>
        <source>with --stage: the step within that stage, from 0, one term at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="77"/>
        <source>colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="81"/>
        <source>render the window to this PNG file and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="87"/>
        <source>argument --head: choose a head from 1 to {heads}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="92"/>
        <source>--screenshot writes PNG: the file name must end in .png, got {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadsOverview</name>
    <message>
        <location filename="../../attn_gui/ui/heads_overview.py" line="34"/>
        <source>Head {head}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <location filename="../../attn_gui/ui/input_panel.py" line="219"/>
        <source>Presets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_panel.py" line="222"/>
        <source>none (every token sees all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_panel.py" line="223"/>
        <source>causal (no peeking ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_panel.py" line="224"/>
        <source>random (seeded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_panel.py" line="225"/>
        <source>one-hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_panel.py" line="228"/>
        <source>e.g. I love learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_panel.py" line="229"/>
        <source>e.g. 我 爱 学习</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_panel.py" line="230"/>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_panel.py" line="231"/>
        <source>Sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_panel.py" line="232"/>
        <source>Computation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_panel.py" line="236"/>
        <source>typed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_panel.py" line="279"/>
        <source>auto (= {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_panel.py" line="281"/>
        <source>auto (= {n:g}, not whole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="13"/>
        <source>E&amp;xamples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="14"/>
        <source>Load a ready-made example from the lesson into all the fields below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="19"/>
        <source>&amp;Tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="20"/>
        <source>The sentence to study. Words separated by spaces become tokens, one row of X each. Chinese works too: 我 爱 学习 is three tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="27"/>
        <source>one token per Chinese/Japanese &amp;character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="28"/>
        <source>Make every Chinese or Japanese character a token of its own, so 我爱学习 gives 我, 爱, 学, 习 without typing spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="35"/>
        <source>cross-&amp;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="36"/>
        <source>As between encoder and decoder: the queries come from the tokens above, the keys and values from a second sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="43"/>
        <source>Ke&amp;ys/values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="44"/>
        <source>The second sentence, which supplies the keys and values. The scores then have one row per query token and one column per key token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="51"/>
        <source>d_m&amp;odel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="52"/>
        <source>The length of each token&apos;s vector: the number of columns of X. 4 fits on a projector; the original paper uses 512.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="59"/>
        <source>Hea&amp;ds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="60"/>
        <source>How many attention heads work side by side, each with its own W_Q, W_K and W_V. d_model must divide evenly by it unless d_k and d_v are set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="67"/>
        <source>d_&amp;k (key size):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="68"/>
        <source>The length of each query and key vector in one head; the scores are divided by √d_k. Auto means d_model ÷ heads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="75"/>
        <source>d_v (val&amp;ue size):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="76"/>
        <source>The length of each value vector, so of each row a head outputs. Auto means d_model ÷ heads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="82"/>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="83"/>
        <source>The starting number for the random embeddings and weights. The same seed gives the same numbers every time, so students can replay the lesson at home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="90"/>
        <source>New &amp;random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="91"/>
        <source>Pick a different seed: new random numbers for the same sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="96"/>
        <source>&amp;Mask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="97"/>
        <source>Causal: each token may look only at itself and the tokens before it, as in a decoder; later tokens get weight 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="104"/>
        <source>Em&amp;bedding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="105"/>
        <source>Random: a seeded random vector for each distinct word. One-hot: the i-th distinct word gets a 1 in column i (needs d_model at least the number of distinct words). Typed values: numbers edited in the matrices; choose another entry to drop them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="113"/>
        <source>add &amp;positional encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="114"/>
        <source>Add the sine/cosine position pattern to X (X_in = X + PE), so word order matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="120"/>
        <source>div&amp;ide by √d_k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input_texts.py" line="121"/>
        <source>Divide the scores Q·Kᵀ by √d_k before softmax. Without it, large scores push softmax towards all-or-nothing weights.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonDocument</name>
    <message>
        <location filename="../../attn_gui/ui/document.py" line="75"/>
        <source>Edit {matrix}[{row}, {col}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/document.py" line="83"/>
        <source>Reset to generated values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonError</name>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="35"/>
        <source>{file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="36"/>
        <source>No permission to read {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="37"/>
        <source>Could not read {file}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="38"/>
        <source>{file} is a folder or a device, not a lesson file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="39"/>
        <source>{file} is too large to be a lesson file: {size} MB, more than {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="42"/>
        <source>{file} is not a lesson file: it is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="43"/>
        <source>{file} is not a lesson file: it is not valid JSON (line {line}, column {column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="46"/>
        <source>{file} is not a lesson file: its JSON is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="47"/>
        <source>{file} is not a lesson file: it is JSON, but not an attn-gui lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="50"/>
        <source>{file} was saved by a newer attn-gui (lesson format {version}); this version reads format {supported}. Update attn-gui to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="55"/>
        <source>{file} is in lesson format {version}, which this attn-gui cannot read; it reads format {supported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="59"/>
        <source>{file} does not say which lesson format it is in; this version reads format {supported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="63"/>
        <source>{file} is damaged: it has no {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="64"/>
        <source>{file} is damaged: {field} must be a JSON object, got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="65"/>
        <source>{file} is damaged: {field} must be a whole number from {low} to {high}, got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="68"/>
        <source>{file} is damaged: {field} must be null or a whole number from {low} up, got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="71"/>
        <source>{file} is damaged: {field} must be one of {allowed}, got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="74"/>
        <source>{file} is damaged: {field} must be true or false, got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="75"/>
        <source>{file} is damaged: {field} must be text or null, got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="76"/>
        <source>{file} has an invalid configuration: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonFiles</name>
    <message>
        <location filename="../../attn_gui/ui/lesson_files.py" line="35"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/lesson_files.py" line="87"/>
        <source>Open lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/lesson_files.py" line="89"/>
        <location filename="../../attn_gui/ui/lesson_files.py" line="115"/>
        <source>Lessons (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/lesson_files.py" line="98"/>
        <source>Could not open the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/lesson_files.py" line="113"/>
        <source>Save lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/lesson_files.py" line="124"/>
        <source>Could not save the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/lesson_files.py" line="140"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/lesson_files.py" line="141"/>
        <source>The lesson has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../attn_gui/ui/main_window.py" line="94"/>
        <source>Which head&apos;s Q, K, V and weights to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/main_window.py" line="101"/>
        <source>Head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/main_window.py" line="108"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/main_window.py" line="109"/>
        <source>All heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/main_window.py" line="164"/>
        <source>Sentence and sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/main_window.py" line="167"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/main_window.py" line="171"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/main_window.py" line="251"/>
        <source>{head} of {heads}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/main_window.py" line="304"/>
        <source>Stage {number} of {count}: {title} — {shapes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/main_window.py" line="309"/>
        <source>head {head} of {heads}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/main_window.py" line="316"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/main_window.py" line="318"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixExportDialog</name>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="83"/>
        <source>CSV spreadsheet (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="84"/>
        <source>Every digit, with the token labels as the first row and column. Opens in LibreOffice Calc and Excel, Chinese included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="91"/>
        <source>NumPy array (.npy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="92"/>
        <source>The numbers alone, every digit, for np.load in a notebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="97"/>
        <source>NumPy archive, every matrix (.npz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="98"/>
        <source>Every matrix under its stage name in one file; per-head matrices are stacked on a leading head axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="105"/>
        <source>JSON, every matrix (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="106"/>
        <source>Every matrix with its labels and the settings; −∞ is written &quot;-inf&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="111"/>
        <source>LaTeX matrix (.tex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="112"/>
        <source>An amsmath matrix for slides and handouts, rounded to the chosen decimals; the labels are in comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="119"/>
        <source>Markdown table (.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="120"/>
        <source>A table with the labels for notes, wikis and GitHub, rounded to the chosen decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="221"/>
        <source>Copied {matrix}: paste it into a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="303"/>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="430"/>
        <source>Export Matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="304"/>
        <source>All matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="311"/>
        <source>bmatrix: square brackets [ ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="314"/>
        <source>pmatrix: round brackets ( )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="316"/>
        <source>&amp;Matrix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="317"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="319"/>
        <source>The kind of file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="321"/>
        <source>LaTeX &amp;environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="323"/>
        <source>The amsmath environment around the numbers, for LaTeX only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="327"/>
        <source>&amp;Decimals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="329"/>
        <source>Digits after the decimal point in LaTeX and Markdown; the other formats keep every digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="334"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="336"/>
        <source>Choose the place in a file dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="338"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="340"/>
        <source>Copy the matrix as tab-separated text with every digit, to paste into a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="345"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="351"/>
        <source>This format always holds every matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="353"/>
        <source>The matrix to save, or all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="357"/>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="358"/>
        <source>The folder for the files; it is made if it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="362"/>
        <source>One file per matrix: {count} files such as {first} and {per_head}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="370"/>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="371"/>
        <source>The file to write; the extension is added if it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="375"/>
        <source>Every matrix of the lesson in one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="377"/>
        <source>{matrix}, {shape}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="385"/>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="387"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="464"/>
        <source>{count} of these files are already in {folder}. Save again to replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="468"/>
        <source>{file} already exists. Save again to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="474"/>
        <source>Choose a folder to save the files in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/matrix_export_dialog.py" line="475"/>
        <source>Choose a file to save to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../attn_gui/ui/matrix_view.py" line="277"/>
        <source>Type a number between −{limit:g} and {limit:g}, then press Enter (Esc cancels).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="67"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="70"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="130"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="132"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="136"/>
        <source>Reset to &amp;generated values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="138"/>
        <source>Forget every value typed into X or the weight matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="140"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="210"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="165"/>
        <source>&amp;Next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="73"/>
        <source>&amp;Open lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="79"/>
        <source>&amp;Save lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="82"/>
        <source>The sentence, sizes, typed values and where you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="86"/>
        <source>Save lesson &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="92"/>
        <source>Export &amp;figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="98"/>
        <source>&amp;Copy figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="101"/>
        <source>The stage as a picture, to paste into slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="104"/>
        <source>Export a&amp;nimation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="108"/>
        <source>Export &amp;matrices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="114"/>
        <source>Copy matrix as &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="117"/>
        <source>The stage&apos;s result, tab-separated, to paste into a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="144"/>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="148"/>
        <source>Play / &amp;pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="151"/>
        <source>Play the arithmetic step by step, or pause it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="155"/>
        <source>Step &amp;forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="161"/>
        <source>Step &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="171"/>
        <source>&amp;Previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="174"/>
        <source>Back to the start of this stage, or of the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="177"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="180"/>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="184"/>
        <source>P&amp;resentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="187"/>
        <source>Full screen, large type, projector colours (Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="213"/>
        <source>Next &amp;head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="219"/>
        <source>Previous h&amp;ead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="225"/>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="229"/>
        <source>Enlarge every number and label, for the back row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="233"/>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="239"/>
        <source>Weights as &amp;percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="251"/>
        <source>&amp;Decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="258"/>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="266"/>
        <source>&amp;About attn-gui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="269"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="272"/>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="305"/>
        <source>About attn-gui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/menus.py" line="306"/>
        <source>&lt;h3&gt;attn-gui {version}&lt;/h3&gt;&lt;p&gt;Teaches transformer attention step by step: Q, K, V, every dot product, the scaling, softmax and the heads.&lt;/p&gt;&lt;p&gt;MIT licence. Built with Qt for Python (LGPLv3), pyqtgraph (MIT) and NumPy (BSD).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <location filename="../../attn_gui/ui/player_controls.py" line="21"/>
        <source>one term at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/player_controls.py" line="22"/>
        <source>one cell at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/player_controls.py" line="23"/>
        <source>one row at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/player_controls.py" line="24"/>
        <source>one stage at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/player_controls.py" line="87"/>
        <source>Drag to any step; marks show where stages begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/player_controls.py" line="96"/>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/player_controls.py" line="104"/>
        <source>How much each step shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/player_controls.py" line="123"/>
        <source>step {step} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <location filename="../../attn_gui/presets.py" line="36"/>
        <source>I love learning — small (d_model 4, 2 heads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/presets.py" line="42"/>
        <source>I love learning — the paper&apos;s sizes (d_model 512, 8 heads, d_k 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/presets.py" line="50"/>
        <source>我 爱 学习 (Chinese, d_model 4, 2 heads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/presets.py" line="56"/>
        <source>Causal decoder: I love learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/presets.py" line="62"/>
        <source>Cross-attention: queries 我 爱 学习, keys/values I love learning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="52"/>
        <source>Tokens and the input matrix X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="54"/>
        <source>The sentence is split into tokens, and each token becomes a row vector of length d_model (its word embedding). Stacked, the rows form X, of shape (n, d_model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="64"/>
        <source>Positional encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="66"/>
        <source>Attention by itself ignores word order, so each position gets its own pattern of sines and cosines, with the same shape as X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="76"/>
        <source>Adding the positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="78"/>
        <source>The positional encoding is added cell by cell: the same token at two positions now has two different rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="88"/>
        <source>Queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="90"/>
        <source>A query asks “what should I attend to?”. Each cell of Q is one row of X_in times one column of W_Q: a dot product. (n, d_model) · (d_model, d_k) → (n, d_k).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="100"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="102"/>
        <source>A key is the index that answers “how well do I match?”. K has the same shape as Q, (n, d_k), so that queries and keys can be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="113"/>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="115"/>
        <source>A value is the content handed back once a key matches. Q asks, K matches, V is returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="125"/>
        <source>Laying K down: Kᵀ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="127"/>
        <source>Q and K are both (n, d_k), so Q · K is not defined: the columns of Q must equal the rows of the other matrix. Transposed, K becomes (d_k, n); its rows turn into columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="137"/>
        <source>Scores: every query against every key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="139"/>
        <source>Row i of Q · Kᵀ holds the dot products of query i with every key: how similar token i is to each token. Larger means more similar (a · b = |a| |b| cos θ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="149"/>
        <source>Scaling by √d_k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="151"/>
        <source>If the components of q and k have variance 1, q · k has variance d_k. Large scores push softmax towards one-hot outputs whose gradients vanish; dividing by √d_k brings the variance back to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="162"/>
        <source>The mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="164"/>
        <source>A causal mask stops a decoder from peeking at the future: scores at j &gt; i become −∞, so their weights will be exactly 0. Without a mask nothing changes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="174"/>
        <source>Softmax, row by row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="176"/>
        <source>Each row is exponentiated and divided by its sum (after subtracting the row&apos;s maximum, which changes nothing but prevents overflow). Every weight lies between 0 and 1 and every row sums to 1, so a row reads as percentages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="187"/>
        <source>Weighted sum of the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="189"/>
        <source>Row i of Z blends the value rows, weighted by how much token i attends to each token: Attention(Q, K, V) = softmax(Q Kᵀ / √d_k) V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="199"/>
        <source>Concatenating the heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="201"/>
        <source>The h heads run side by side, each with its own W_Q, W_K, W_V. Their outputs are placed next to each other along the feature axis: (n, h · d_v).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="211"/>
        <source>The output projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/stages.py" line="213"/>
        <source>W_O mixes the heads back into d_model features: the output has the same shape as the input, so blocks can be stacked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageView</name>
    <message>
        <location filename="../../attn_gui/ui/stage_view.py" line="40"/>
        <source>{name} (head {head})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/stage_view.py" line="163"/>
        <source>Z_{head} → columns {first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteError</name>
    <message>
        <location filename="../../attn_gui/export/write_errors.py" line="13"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/write_errors.py" line="15"/>
        <source>No permission to write in the folder {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/write_errors.py" line="17"/>
        <source>{path} is a folder, not a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/write_errors.py" line="19"/>
        <source>{folder} is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/write_errors.py" line="21"/>
        <source>The disk is full: {path} was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/write_errors.py" line="23"/>
        <source>The folder {folder} is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/write_errors.py" line="25"/>
        <source>Could not write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
