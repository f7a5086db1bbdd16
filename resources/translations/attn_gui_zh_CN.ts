<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlignmentView</name>
    <message>
        <location filename="../../attn_gui/ui/translator/alignment_heatmap.py" line="42"/>
        <source>Layer {layer}, head {head}</source>
        <translation>第 {layer} 层，第 {head} 个头</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/alignment_heatmap.py" line="102"/>
        <source>{target} → {source}: {share}</source>
        <translation>{target} → {source}：{share}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/alignment_heatmap.py" line="105"/>
        <source>Weight {weight} in layer {layer}, head {head}: the share of “{target}”&apos;s attention that goes to “{source}” (its row sums to 1).</source>
        <translation>第 {layer} 层第 {head} 个头的权重 {weight}：“{target}”的注意力中给“{source}”的那一份（这一行的和为 1）。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/alignment_heatmap.py" line="119"/>
        <source>“{source}” is the English token “{target}” attends to most in this head.</source>
        <translation>在这个头里，“{target}”最关注的英文词元是“{source}”。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/alignment_view.py" line="25"/>
        <source>Weight:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/alignment_view.py" line="26"/>
        <source>One scale, 0 to 1, for every head: a weight is the share of a Chinese word&apos;s attention that goes to an English token, so the same colour means the same share in every head.</source>
        <translation>所有头共用一个 0 到 1 的色标：权重是一个中文词的注意力中给某个英文词元的那一份，所以同样的颜色在每个头里都表示同样的份额。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/alignment_view.py" line="137"/>
        <source>All heads</source>
        <translation>所有头</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/alignment_view.py" line="189"/>
        <source>Encoder-decoder attention: as the decoder writes each Chinese word, its query looks back at the English tokens the encoder read. Each row is one Chinese word and sums to 1.</source>
        <translation>编码器-解码器注意力：解码器每写一个中文词，它的查询就回头去看编码器读过的英文词元。每一行是一个中文词，和为 1。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/alignment_view.py" line="196"/>
        <source>Heads:</source>
        <translation>头：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/alignment_view.py" line="198"/>
        <source>Every head side by side, or one of them larger</source>
        <translation>所有头并排显示，或只放大其中一个</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/alignment_view.py" line="201"/>
        <source>Outlined: the English token each Chinese word attends to most. Hover a cell (or click a heatmap and use the arrow keys) for its exact weight.</source>
        <translation>描边的格子：每个中文词最关注的英文词元。把鼠标悬停在格子上（或点击热力图后用方向键）查看精确的权重。</translation>
    </message>
</context>
<context>
    <name>AnimationError</name>
    <message>
        <location filename="../../attn_gui/export/animation.py" line="35"/>
        <source>This GIF would have {frames} frames and last {duration}, more than the {limit} frames a GIF should hold: choose a stage or a range of steps, or MP4.</source>
        <translation>这个 GIF 将有 {frames} 帧，播放 {duration}，超过了一个 GIF 应有的 {limit} 帧：请选择一个阶段或一段步骤，或改用 MP4。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/animation.py" line="40"/>
        <source>This film would have {frames} frames and last {duration}, more than the {limit} frames attn-gui makes: choose a stage or a range of steps, or fewer frames per step.</source>
        <translation>这段影片将有 {frames} 帧，播放 {duration}，超过了 attn-gui 能制作的 {limit} 帧：请选择一个阶段或一段步骤，或减少每步帧数。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/animation.py" line="89"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/animation.py" line="91"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/animation.py" line="93"/>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/animation.py" line="117"/>
        <source>MP4 needs ffmpeg, which was not found: install it, or set IMAGEIO_FFMPEG_EXE to one. GIF works without.</source>
        <translation>导出 MP4 需要 ffmpeg，但没有找到：请安装它，或把 IMAGEIO_FFMPEG_EXE 设为它的路径。导出 GIF 不需要 ffmpeg。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/animation.py" line="164"/>
        <source>ffmpeg could not make the MP4: {reason}</source>
        <translation>ffmpeg 无法生成 MP4：{reason}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/mp4.py" line="40"/>
        <source>it stopped without saying why</source>
        <translation>它中途停止了，没有说明原因</translation>
    </message>
</context>
<context>
    <name>AnimationExportDialog</name>
    <message>
        <location filename="../../attn_gui/ui/dialogs/animation_export_dialog.py" line="40"/>
        <source>Export animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/animation_export_dialog.py" line="91"/>
        <source>Animations (*.gif *.mp4)</source>
        <translation>动画 (*.gif *.mp4)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/animation_export_dialog.py" line="49"/>
        <source>This stage ({count} steps)</source>
        <translation>本阶段（{count} 步）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/animation_export_dialog.py" line="55"/>
        <source>The whole lesson ({count} steps)</source>
        <translation>整个课程（{count} 步）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/animation_export_dialog.py" line="60"/>
        <source>Steps from … to …</source>
        <translation>从第 … 步到第 … 步</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/animation_export_dialog.py" line="81"/>
        <source> steps/s</source>
        <translation> 步/秒</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/animation_export_dialog.py" line="82"/>
        <source>&amp;Steps:</source>
        <translation>步骤(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/animation_export_dialog.py" line="83"/>
        <source>F&amp;rom step:</source>
        <translation>起始步(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/animation_export_dialog.py" line="84"/>
        <source>&amp;To step:</source>
        <translation>结束步(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/animation_export_dialog.py" line="85"/>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/animation_export_dialog.py" line="86"/>
        <source>Frames per st&amp;ep:</source>
        <translation>每步帧数(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/animation_export_dialog.py" line="87"/>
        <source>S&amp;peed:</source>
        <translation>速度(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/animation_export_dialog.py" line="103"/>
        <source>The file name must end in .gif or .mp4.</source>
        <translation>文件名必须以 .gif 或 .mp4 结尾。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/animation_export_dialog.py" line="107"/>
        <source>The last step must come after the first.</source>
        <translation>结束步必须在起始步之后。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/animation_export_dialog.py" line="116"/>
        <source>Drawing the animation…</source>
        <translation>正在绘制动画…</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/animation_export_dialog.py" line="117"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/animation_export_dialog.py" line="135"/>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：没有写入任何文件。</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../../attn_gui/ui/appearance.py" line="10"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/appearance.py" line="11"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/appearance.py" line="12"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/appearance.py" line="13"/>
        <source>Projector (high contrast)</source>
        <translation>投影仪（高对比度）</translation>
    </message>
</context>
<context>
    <name>Caption</name>
    <message>
        <location filename="../../attn_gui/timeline/steps/cellwise.py" line="25"/>
        <source>X_in[{row}, {col}] = X[{row}, {col}] + PE[{row}, {col}] = {x} + {pe} = {value}</source>
        <translation>X_in[{row}, {col}] = X[{row}, {col}] + PE[{row}, {col}] = {x} + {pe} = {value}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/cellwise.py" line="28"/>
        <source>Row “{row}”: X_in = X + PE, cell by cell</source>
        <translation>“{row}”行：X_in = X + PE，逐元素相加</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/cellwise.py" line="29"/>
        <source>X_in = X + PE, cell by cell: {shape} + {shape} → {shape}</source>
        <translation>X_in = X + PE，逐元素相加：{shape} + {shape} → {shape}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/cellwise.py" line="30"/>
        <source>Positional encoding is off: X_in[{row}, {col}] = X[{row}, {col}] = {value}</source>
        <translation>位置编码已关闭：X_in[{row}, {col}] = X[{row}, {col}] = {value}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/cellwise.py" line="33"/>
        <source>Positional encoding is off: row “{row}” of X_in is row “{row}” of X</source>
        <translation>位置编码已关闭：X_in 的“{row}”行就是 X 的“{row}”行</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/cellwise.py" line="36"/>
        <source>Positional encoding is off: X_in = X, {shape}</source>
        <translation>位置编码已关闭：X_in = X，{shape}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/cellwise.py" line="37"/>
        <source>S[{row}, {col}] ÷ {root} = {score} ÷ {divisor} = {value}, one score scaled</source>
        <translation>S[{row}, {col}] ÷ {root} = {score} ÷ {divisor} = {value}，缩放了一个分数</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/cellwise.py" line="40"/>
        <source>Row “{row}” of S ÷ {root}: every score divided by {divisor}</source>
        <translation>S 的“{row}”行 ÷ {root}：每个分数都除以 {divisor}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/cellwise.py" line="41"/>
        <source>S ÷ {root}: every score divided by {divisor}, so that softmax does not saturate</source>
        <translation>S ÷ {root}：每个分数都除以 {divisor}，使 softmax 不会饱和</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/cellwise.py" line="44"/>
        <source>Scaling is off: S[{row}, {col}] ÷ 1 = {value}, unchanged</source>
        <translation>缩放已关闭：S[{row}, {col}] ÷ 1 = {value}，保持不变</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/cellwise.py" line="47"/>
        <source>Scaling is off: row “{row}” of S is divided by 1, unchanged</source>
        <translation>缩放已关闭：S 的“{row}”行除以 1，保持不变</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/cellwise.py" line="50"/>
        <source>Scaling is off: every score is divided by 1 and passes unchanged</source>
        <translation>缩放已关闭：每个分数都除以 1，原样通过</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/copy.py" line="10"/>
        <source>Token {position}, “{token}”, becomes row {position} of X: its embedding of {d_model} numbers</source>
        <translation>第 {position} 个词元“{token}”成为 X 的第 {position} 行：它的词嵌入，共 {d_model} 个数</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/copy.py" line="14"/>
        <source>X: {n} tokens, one embedding row each, {shape}</source>
        <translation>X：{n} 个词元，每个词元一行词嵌入，{shape}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/copy.py" line="15"/>
        <source>Position {position} (“{token}”) gets its own sines and cosines: row {position} of PE</source>
        <translation>位置 {position}（“{token}”）有自己的一组正弦和余弦：PE 的第 {position} 行</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/copy.py" line="18"/>
        <source>PE: one row of sines and cosines per position, the shape of X, {shape}</source>
        <translation>PE：每个位置一行正弦和余弦，形状与 X 相同，{shape}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/copy.py" line="22"/>
        <source>Word piece {position}, “{token}”, enters the layer as row {position}: {d_model} numbers</source>
        <translation>第 {position} 个词片“{token}”作为第 {position} 行进入这一层：{d_model} 个数</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/copy.py" line="25"/>
        <source>X_in: the layer&apos;s input, one row per word piece, {shape}</source>
        <translation>X_in：这一层的输入，每个词片一行，{shape}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/copy.py" line="27"/>
        <source>Decoder row {position}, “{token}”, brings its {d_model} numbers: the query side</source>
        <translation>解码器第 {position} 行“{token}”带来它的 {d_model} 个数：查询一方</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/copy.py" line="30"/>
        <source>X_in: the decoder&apos;s {n} rows so far, {shape}; beside it X_kv, the encoder&apos;s output</source>
        <translation>X_in：解码器到目前为止的 {n} 行，{shape}；旁边是 X_kv，即编码器的输出</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/copy.py" line="33"/>
        <source>The decoder&apos;s row for “{token}”: {d_model} numbers that choose the next word</source>
        <translation>解码器中“{token}”的那一行：决定下一个词的 {d_model} 个数</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/copy.py" line="36"/>
        <source>X_in: the decoder&apos;s row at this step, {shape}, read by the next-word layer</source>
        <translation>X_in：解码器在这一步的那一行，{shape}，由预测下一个词的输出层读取</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/copy.py" line="39"/>
        <source>Row “{token}” of K becomes column “{token}” of Kᵀ: {in_shape} → {shape}</source>
        <translation>K 的“{token}”行变成 Kᵀ 的“{token}”列：{in_shape} → {shape}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/copy.py" line="42"/>
        <source>Kᵀ: every row of K becomes a column, {in_shape} → {shape}</source>
        <translation>Kᵀ：K 的每一行都变成一列，{in_shape} → {shape}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/copy.py" line="43"/>
        <source>Head {head}&apos;s Z {in_shape} fills columns {first} to {last} of the concatenation {shape}</source>
        <translation>第 {head} 个头的 Z {in_shape} 填入拼接结果 {shape} 的第 {first} 到 {last} 列</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/copy.py" line="46"/>
        <source>The {heads} heads&apos; Z side by side: {heads} × {in_shape} → {shape}</source>
        <translation>{heads} 个头的 Z 并排拼接：{heads} × {in_shape} → {shape}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/mask.py" line="11"/>
        <source>No mask: nothing is hidden, so the scaled scores pass on unchanged</source>
        <translation>无掩码：没有任何遮挡，缩放后的分数原样传递</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/mask.py" line="14"/>
        <source>Row “{row}” may see keys 1 to {seen}; the {hidden} later positions (j &gt; i) become −∞</source>
        <translation>“{row}”行可以看到键 1 到 {seen}；后面的 {hidden} 个位置（j &gt; i）变为 −∞</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/mask.py" line="17"/>
        <source>Row “{row}” may see keys 1 to {seen}: no later position to hide, the row is unchanged</source>
        <translation>“{row}”行可以看到键 1 到 {seen}：后面没有需要遮挡的位置，该行不变</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/mask.py" line="20"/>
        <source>Causal mask: the {hidden} scores above the diagonal (j &gt; i) become −∞, no peeking ahead</source>
        <translation>因果掩码：对角线上方的 {hidden} 个分数（j &gt; i）变为 −∞，不能偷看未来</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/product.py" line="17"/>
        <source>Term {term} of {terms} for {c}[{row}, {col}]: {a}[{row}, {k}] × {b}[{k}, {b_col}] = {x} × {y}, sum so far {sum}</source>
        <translation>{c}[{row}, {col}] 的第 {term} 项（共 {terms} 项）：{a}[{row}, {k}] × {b}[{k}, {b_col}] = {x} × {y}，目前累计 {sum}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/product.py" line="22"/>
        <source>Term {term} of {terms}: {a}[{row}, {k}] × {b}[{k}, {b_col}] = {x} × {y}; every term added, so {c}[{row}, {col}] = {sum}</source>
        <translation>第 {term} 项（共 {terms} 项）：{a}[{row}, {k}] × {b}[{k}, {b_col}] = {x} × {y}；各项都已加上，所以 {c}[{row}, {col}] = {sum}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/product.py" line="27"/>
        <source>{c}[{row}, {col}] = {a}[{row}, :] · {b}[:, {b_col}], a dot product of {terms} terms = {sum}</source>
        <translation>{c}[{row}, {col}] = {a}[{row}, :] · {b}[:, {b_col}]，{terms} 项的点积 = {sum}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/product.py" line="31"/>
        <source>Row “{row}” of {c}: row “{row}” of {a} times each of the {columns} columns of {b}</source>
        <translation>{c} 的“{row}”行：{a} 的“{row}”行分别乘以 {b} 的 {columns} 列</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/product.py" line="34"/>
        <source>{a_shape} · {b_shape} → {c_shape}: columns of {a} = rows of {b} = {terms}. {c}[{row}, {col}] starts with {x} × {y}</source>
        <translation>{a_shape} · {b_shape} → {c_shape}：{a} 的列数 = {b} 的行数 = {terms}。{c}[{row}, {col}] 从 {x} × {y} 开始</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/product.py" line="39"/>
        <source>{a_shape} · {b_shape} → {c_shape}: columns of {a} = rows of {b} = {terms}. First {c}[{row}, {col}] = {sum}</source>
        <translation>{a_shape} · {b_shape} → {c_shape}：{a} 的列数 = {b} 的行数 = {terms}。先算 {c}[{row}, {col}] = {sum}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/product.py" line="44"/>
        <source>{a_shape} · {b_shape} → {c_shape}: columns of {a} = rows of {b} = {terms}. First the row “{row}” of {c}</source>
        <translation>{a_shape} · {b_shape} → {c_shape}：{a} 的列数 = {b} 的行数 = {terms}。先算 {c} 的“{row}”行</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/product.py" line="49"/>
        <source>{a_shape} · {b_shape} → {c_shape}: columns of {a} = rows of {b} = {terms}, so {c} = {a} · {b}</source>
        <translation>{a_shape} · {b_shape} → {c_shape}：{a} 的列数 = {b} 的行数 = {terms}，所以 {c} = {a} · {b}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/softmax.py" line="18"/>
        <source>Row “{row}”: subtract the row&apos;s largest score, {max}, from every score and take exp</source>
        <translation>“{row}”行：每个分数减去该行最大的分数 {max}，再取 exp</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/softmax.py" line="21"/>
        <source>Row “{row}”: subtract the row&apos;s largest score, {max}, and take exp; masked −∞ gives 0</source>
        <translation>“{row}”行：减去该行最大的分数 {max}，再取 exp；被掩码的 −∞ 得 0</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/softmax.py" line="24"/>
        <source>Row “{row}”: the {count} exponentials add up to {sum}</source>
        <translation>“{row}”行：{count} 个指数值之和为 {sum}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/softmax.py" line="25"/>
        <source>Row “{row}”: each exponential ÷ {sum} is a weight; the weights add up to 1</source>
        <translation>“{row}”行：每个指数值 ÷ {sum} 就是一个注意力权重；注意力权重之和为 1</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/softmax.py" line="28"/>
        <source>Row “{row}” as percentages: the most attention, {percent}%, goes to “{key}”</source>
        <translation>“{row}”行的百分比：最多的注意力（{percent}%）给了“{key}”</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/softmax.py" line="31"/>
        <source>Row “{row}”: exp(score − largest) ÷ {sum}; the most attention, {percent}%, goes to “{key}”</source>
        <translation>“{row}”行：exp(分数 − 最大值) ÷ {sum}；最多的注意力（{percent}%）给了“{key}”</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/softmax.py" line="35"/>
        <source>Softmax of all {rows} rows: every weight between 0 and 1, every row adding up to 1</source>
        <translation>对全部 {rows} 行做 softmax：每个注意力权重都在 0 和 1 之间，每行之和为 1</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/softmax.py" line="39"/>
        <source>Row “{row}”: each exponential ÷ {sum} is a probability; the probabilities add up to 1</source>
        <translation>“{row}”行：每个指数值 ÷ {sum} 就是一个概率；这些概率之和为 1</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/softmax.py" line="42"/>
        <source>After “{row}” the most probable next word, at {percent}%, is “{key}”</source>
        <translation>“{row}”之后最可能的下一个词（{percent}%）是“{key}”</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/softmax.py" line="45"/>
        <source>Row “{row}”: exp(score − largest) ÷ {sum}; the most probable next word, {percent}%, is “{key}”</source>
        <translation>“{row}”行：exp(分数 − 最大值) ÷ {sum}；最可能的下一个词（{percent}%）是“{key}”</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/softmax.py" line="49"/>
        <source>Softmax over the vocabulary: {count} scores become probabilities that add up to 1</source>
        <translation>词表上的 softmax：{count} 个分数变成和为 1 的概率</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/elementwise.py" line="29"/>
        <source>{c}[{row}, {col}] = {a}[{row}, {col}] + {b}[{row}, {col}] = {x} + {y} = {value}</source>
        <translation>{c}[{row}, {col}] = {a}[{row}, {col}] + {b}[{row}, {col}] = {x} + {y} = {value}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/elementwise.py" line="32"/>
        <source>Row “{row}”: {c} = {a} + {b}, cell by cell</source>
        <translation>“{row}”行：{c} = {a} + {b}，逐元素相加</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/elementwise.py" line="33"/>
        <source>{c} = {a} + {b}, cell by cell: {shape} + {shape} → {shape}</source>
        <translation>{c} = {a} + {b}，逐元素相加：{shape} + {shape} → {shape}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/elementwise.py" line="34"/>
        <source>{c}[{row}, {col}] = {a}[{row}, {col}] + {b}[{col}] = {x} + {y} = {value}</source>
        <translation>{c}[{row}, {col}] = {a}[{row}, {col}] + {b}[{col}] = {x} + {y} = {value}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/elementwise.py" line="37"/>
        <source>Row “{row}”: the bias row {b} added to row “{row}” of {a}</source>
        <translation>“{row}”行：把偏置行 {b} 加到 {a} 的“{row}”行上</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/elementwise.py" line="38"/>
        <source>{c} = {a} + {b}: the same bias row added to each of the {rows} rows</source>
        <translation>{c} = {a} + {b}：同一个偏置行加到全部 {rows} 行上</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/elementwise.py" line="41"/>
        <source>{c}[{row}, {col}] = GELU({x}) = {x} × Φ({x}) = {x} × {phi} = {value}</source>
        <translation>{c}[{row}, {col}] = GELU({x}) = {x} × Φ({x}) = {x} × {phi} = {value}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/elementwise.py" line="44"/>
        <source>Row “{row}”: GELU of every number, x × Φ(x), cell by cell</source>
        <translation>“{row}”行：对每个数逐个取 GELU，即 x × Φ(x)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/elementwise.py" line="45"/>
        <source>GELU cell by cell, x × Φ(x): {shape} → {shape}</source>
        <translation>逐元素取 GELU，x × Φ(x)：{shape} → {shape}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/layer_norm.py" line="25"/>
        <source>{c}[{row}, {col}] = ({x} − {mean}) ÷ √({var} + ε) × {gamma} + {beta} = {value}</source>
        <translation>{c}[{row}, {col}] = ({x} − {mean}) ÷ √({var} + ε) × {gamma} + {beta} = {value}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/layer_norm.py" line="29"/>
        <source>Row “{row}”: mean μ = {mean}, variance σ² = {var}; each cell becomes (x − μ) ÷ √(σ² + ε) × γ + β</source>
        <translation>“{row}”行：均值 μ = {mean}，方差 σ² = {var}；每个元素变为 (x − μ) ÷ √(σ² + ε) × γ + β</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/layer_norm.py" line="33"/>
        <source>LayerNorm row by row: {shape}, every row centred on its mean, scaled to variance 1, then × γ + β</source>
        <translation>逐行做 LayerNorm：{shape}，每行减去均值、缩放到方差为 1，再 × γ + β</translation>
    </message>
</context>
<context>
    <name>CellExplanation</name>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="103"/>
        <source>Head {head} uses columns {first}–{last} of {matrix}.</source>
        <translation>第 {head} 个头使用 {matrix} 的第 {first}–{last} 列。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="118"/>
        <source>Row {row} of {left} times column {column} of {right}:</source>
        <translation>{left} 的行 {row} 乘以 {right} 的列 {column}：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="130"/>
        <source>{count} terms in all; the first {shown} are shown.</source>
        <translation>共 {count} 项；只显示前 {shown} 项。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="151"/>
        <source>Feature {feature} of the embedding of token {token}: one row per token.</source>
        <translation>词元 {token} 的词嵌入的第 {feature} 个特征：每个词元一行。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="36"/>
        <source>A learned bias: {matrix}[{column}] is added to column {column} of every row.</source>
        <translation>学到的偏置：{matrix}[{column}] 加到每一行的第 {column} 列上。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="39"/>
        <source>LayerNorm&apos;s learned scale for feature {column}: every row&apos;s feature {column} is multiplied by it.</source>
        <translation>LayerNorm 为第 {column} 个特征学到的缩放：每一行的第 {column} 个特征都乘以它。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="43"/>
        <source>LayerNorm&apos;s learned shift for feature {column}: it is added to every row&apos;s feature {column}.</source>
        <translation>LayerNorm 为第 {column} 个特征学到的平移：它加到每一行的第 {column} 个特征上。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="47"/>
        <source>The mean of row {row} of {matrix}: its {count} numbers added and divided by {count}.</source>
        <translation>{matrix} 第 {row} 行的均值：把它的 {count} 个数相加再除以 {count}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="51"/>
        <source>The variance of row {row} of {matrix}: the mean of (x − μ)² over its {count} numbers.</source>
        <translation>{matrix} 第 {row} 行的方差：它的 {count} 个数的 (x − μ)² 的平均值。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="144"/>
        <source>Feature {feature} of word piece {token} entering the layer: the embeddings for layer 1, the previous layer&apos;s output for any later one.</source>
        <translation>进入这一层的词片 {token} 的第 {feature} 个特征：第 1 层是嵌入，之后各层是上一层的输出。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="162"/>
        <source>A learned weight of {matrix}: row {row} multiplies column {row} of Concat, from head {head}.</source>
        <translation>{matrix} 的一个学到的权重：第 {row} 行乘以 Concat 的第 {row} 列，来自第 {head} 个头。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="170"/>
        <source>A learned weight of W_out: row {row} multiplies feature {row} of the decoder&apos;s output; column {column} makes the score of “{word}”.</source>
        <translation>W_out 的一个学习到的权重：第 {row} 行乘以解码器输出的第 {row} 个特征；第 {column} 列给出“{word}”的分数。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="178"/>
        <source>A learned weight of {matrix}: row {row} multiplies column {row} of {input}.</source>
        <translation>{matrix} 的一个学到的权重：第 {row} 行乘以 {input} 的第 {row} 列。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="185"/>
        <source>A learned weight of {matrix}: row {row} multiplies input feature {row}.</source>
        <translation>{matrix} 中的一个可学习权重：第 {row} 行与第 {row} 个输入特征相乘。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="227"/>
        <source>Φ(x) = ½ (1 + erf(x / √2)): the chance that a standard normal number is below x.</source>
        <translation>Φ(x) = ½ (1 + erf(x / √2))：标准正态分布的数小于 x 的概率。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="252"/>
        <source>μ = {mean} and σ² = {var} are row {row}&apos;s mean and variance; γ = {gamma} and β = {beta} are feature {column}&apos;s learned scale and shift.</source>
        <translation>μ = {mean} 和 σ² = {var} 是第 {row} 行的均值和方差；γ = {gamma} 和 β = {beta} 是第 {column} 个特征学到的缩放和平移。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="273"/>
        <source>pos = {pos}, feature index {index} (both counted from 0), so 2i = {two_i}: even indices take sin, odd ones cos.</source>
        <translation>pos = {pos}，特征下标 {index}（都从 0 开始计数），所以 2i = {two_i}：偶数下标用 sin，奇数下标用 cos。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="283"/>
        <source>Positional encoding is off: PE is not added.</source>
        <translation>位置编码已关闭：不加 PE。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="295"/>
        <source>Positional encoding is off, so this is {cell} unchanged.</source>
        <translation>位置编码已关闭，所以这里就是原样的 {cell}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="308"/>
        <source>Transposing lays K down: its rows become columns.</source>
        <translation>转置把 K “放倒”：它的行变成列。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="317"/>
        <source>Scaling is off: the score {cell} is not divided by √d_k.</source>
        <translation>缩放已关闭：分数 {cell} 不除以 √d_k。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="332"/>
        <source>There is no mask: the score is kept.</source>
        <translation>没有掩码：保留该分数。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="335"/>
        <source>Key {key} does not come after query {query}: the score is kept.</source>
        <translation>键 {key} 不在查询 {query} 之后：保留该分数。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="340"/>
        <source>Key {key} comes after query {query}: the future is hidden, so the score becomes −∞ and its weight will be exactly 0.</source>
        <translation>键 {key} 在查询 {query} 之后：未来被遮挡，所以该分数变为 −∞，它的注意力权重将恰好为 0。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="355"/>
        <source>Masked: exp(−∞) = 0, so the weight is 0%.</source>
        <translation>已掩码：exp(−∞) = 0，所以注意力权重为 0%。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="362"/>
        <source>The next word is “{word}” with probability {percent}%.</source>
        <translation>下一个词是“{word}”的概率为 {percent}%。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="372"/>
        <source>max = {top}, the row&apos;s largest score; Σ = {terms} = {total}, the row&apos;s sum.</source>
        <translation>max = {top}，是该行最大的分数；Σ = {terms} = {total}，是该行的总和。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="366"/>
        <source>{query} gives {percent}% of its attention to {key}.</source>
        <translation>{query} 把 {percent}% 的注意力给了 {key}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="386"/>
        <source>Copied from head {head}: column {column} of Z_{head}. Head {head}&apos;s block is columns {first}–{last} of Concat.</source>
        <translation>复制自第 {head} 个头：Z_{head} 的第 {column} 列。第 {head} 个头的块是 Concat 的第 {first}–{last} 列。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="456"/>
        <source>every digit: {exact}</source>
        <translation>完整数值：{exact}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/cell_explanations.py" line="460"/>
        <source>Head {head}</source>
        <translation>第 {head} 个头</translation>
    </message>
</context>
<context>
    <name>CjkFonts</name>
    <message>
        <location filename="../../attn_gui/ui/fonts.py" line="77"/>
        <source>No installed font can draw {characters}: they would be drawn as boxes, on screen and in exported figures. Install a font that has them (on Debian or Ubuntu: sudo apt install fonts-noto-cjk) and start attn-gui again.</source>
        <translation>没有已安装的字体能显示 {characters}：它们在屏幕上和导出的图中都会显示为方框。请安装包含这些字符的字体（Debian 或 Ubuntu：sudo apt install fonts-noto-cjk），然后重新启动 attn-gui。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="91"/>
        <source>{value!r} is not a whole number</source>
        <translation>{value!r} 不是整数</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="183"/>
        <source>the sentence; tokens are separated by spaces</source>
        <translation>句子；词元之间用空格分隔</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="138"/>
        <source>key/value tokens for cross-attention (the encoder side)</source>
        <translation>编码器-解码器注意力的键/值词元（编码器一侧）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="112"/>
        <source>interface language (default: the desktop&apos;s)</source>
        <translation>界面语言（默认：跟随桌面）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="143"/>
        <source>one token per Chinese, Japanese or Korean character</source>
        <translation>每个中文、日文或韩文字符作为一个词元</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="145"/>
        <source>embedding size</source>
        <translation>词嵌入维度</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="146"/>
        <source>number of heads</source>
        <translation>头数</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="147"/>
        <source>query/key size per head</source>
        <translation>每个头的查询/键维度</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="148"/>
        <source>value size per head</source>
        <translation>每个头的值维度</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="149"/>
        <source>random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="150"/>
        <source>attention mask</source>
        <translation>注意力掩码</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="154"/>
        <source>how tokens become vectors</source>
        <translation>词元如何变成向量</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="159"/>
        <source>do not divide the scores by sqrt(d_k)</source>
        <translation>不把分数除以 sqrt(d_k)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="164"/>
        <source>do not add the positional encoding</source>
        <translation>不加位置编码</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="107"/>
        <source>give the sentence with --tokens (or a lesson with --lesson)</source>
        <translation>请用 --tokens 给出句子（或用 --lesson 给出课程）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="115"/>
        <source>--lesson poses the problem itself: leave out {options}</source>
        <translation>--lesson 已经给出了全部设置：请去掉 {options}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="142"/>
        <source>choose the matrix with --matrix, one of: {names}</source>
        <translation>请用 --matrix 选择矩阵，可选：{names}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="148"/>
        <source>--head applies only to per-head matrices ({names})</source>
        <translation>--head 只用于每个头各有一份的矩阵（{names}）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="156"/>
        <source>{name} is per head: choose one with --head 1 to {heads}</source>
        <translation>{name} 每个头各有一份：请用 --head 在 1 到 {heads} 中选一个</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="166"/>
        <source>--precision applies to .tex and .md; {suffix} keeps every digit</source>
        <translation>--precision 只用于 .tex 和 .md；{suffix} 保留全部位数</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="172"/>
        <source>--environment applies to .tex</source>
        <translation>--environment 只用于 .tex</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="176"/>
        <source>--precision must be from 0 to 17, got {value}</source>
        <translation>--precision 必须在 0 到 17 之间，收到的是 {value}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="188"/>
        <source>--matrix and --head choose one matrix; {suffix} holds every matrix</source>
        <translation>--matrix 和 --head 用于选择单个矩阵；{suffix} 包含全部矩阵</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="215"/>
        <source>{suffix} holds the whole translation (its tokens and cross-attention weights): leave out {options}; the other formats export one part and step</source>
        <translation>{suffix} 保存整个翻译（它的词元和编码器-解码器注意力权重）：请去掉 {options}；其他格式才导出某一部分的某一步</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="232"/>
        <source>{name!r} has no name before its extension, e.g. trace{name}</source>
        <translation>{name!r} 的扩展名前面没有文件名，例如 trace{name}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="237"/>
        <source>unknown file type {suffix!r}: use one of {allowed}</source>
        <translation>未知的文件类型 {suffix!r}：请使用 {allowed} 之一</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="249"/>
        <source>--out {name}: names ending in {suffix} are lessons; name the trace e.g. trace.json</source>
        <translation>--out {name}：以 {suffix} 结尾的文件名是课程文件；请给导出的数据另起名字，例如 trace.json</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="262"/>
        <source>--out {out} is the lesson file itself: choose another name</source>
        <translation>--out {out} 就是课程文件本身：请另选一个文件名</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="289"/>
        <source>--stage and --step apply to figures and animations ({formats})</source>
        <translation>--stage 和 --step 只用于图片和动画（{formats}）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="299"/>
        <source>--precision and --environment apply to .tex and .md</source>
        <translation>--precision 和 --environment 只用于 .tex 和 .md</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="310"/>
        <source>--head must be from 1 to {heads}</source>
        <translation>--head 必须在 1 到 {heads} 之间</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="36"/>
        <source>--steps takes A:B, two whole numbers such as 0:20, got {value!r}</source>
        <translation>--steps 需要 A:B 形式的两个整数，例如 0:20，收到的是 {value!r}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="47"/>
        <source>--stage {stage} is not a stage of this lesson; choose from {names}</source>
        <translation>--stage {stage} 不是本课的阶段；可选：{names}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="96"/>
        <source>--steps {value} is outside 0:{count}</source>
        <translation>--steps {value} 超出了 0:{count}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="110"/>
        <source>--step {step} is outside 0 to {last}</source>
        <translation>--step {step} 超出了 0 到 {last}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="157"/>
        <source>--matrix {name} is not shown at this stage; it shows {shown}</source>
        <translation>这个阶段不显示 --matrix {name}；它显示的是 {shown}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="167"/>
        <source>--dpi must be from 30 to 1200, got {value}</source>
        <translation>--dpi 必须在 30 到 1200 之间，收到的是 {value}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="170"/>
        <source>--transparent applies to .png</source>
        <translation>--transparent 只用于 .png</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="174"/>
        <source>--width must be from 64 to 3840 pixels, got {value}</source>
        <translation>--width 必须在 64 到 3840 像素之间，收到的是 {value}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="179"/>
        <source>--frames-per-step must be from 1 to 60, got {value}</source>
        <translation>--frames-per-step 必须在 1 到 60 之间，收到的是 {value}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="184"/>
        <source>--speed must be from 0.25 to 30 steps a second, got {value}</source>
        <translation>--speed 必须在每秒 0.25 到 30 步之间，收到的是 {value}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="192"/>
        <source>--steps applies to .gif and .mp4</source>
        <translation>--steps 只用于 .gif 和 .mp4</translation>
    </message>
    <message>
        <location filename="../../attn_gui/__main__.py" line="24"/>
        <source>attn-gui: cancelled; nothing was written</source>
        <translation>attn-gui：已取消；没有写入任何文件</translation>
    </message>
    <message>
        <location filename="../../attn_gui/__main__.py" line="63"/>
        <source>attn-gui: error: {message}</source>
        <translation>attn-gui：错误：{message}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/model_options.py" line="31"/>
        <source>a trained model instead of random weights: all-MiniLM-L6-v2, a model folder (Hugging Face layout), or tiny-en-zh, the shipped English-to-Chinese translator; --tokens is then the text it reads</source>
        <translation>用训练好的模型代替随机权重：all-MiniLM-L6-v2、一个模型文件夹（Hugging Face 格式），或随程序附带的英译中翻译模型 tiny-en-zh；此时 --tokens 是模型读取的文本</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/model_options.py" line="41"/>
        <source>the model&apos;s layer, from 1 (default 1)</source>
        <translation>模型的层，从 1 开始（默认 1）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/model_options.py" line="46"/>
        <source>with --model tiny-en-zh: which attention to show: the encoder&apos;s self-attention, the decoder&apos;s masked self-attention, the encoder-decoder (cross) attention, or the output layer that scores the next word (default encoder)</source>
        <translation>与 --model tiny-en-zh 一起使用：要展示哪一种注意力：编码器的自注意力（encoder）、解码器带掩码的自注意力（decoder）、编码器-解码器注意力（cross），或为下一个词打分的输出层（output）（默认 encoder）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/model_options.py" line="56"/>
        <source>with --model tiny-en-zh: the decoding step, from 1: the step that writes output word N (default 1)</source>
        <translation>与 --model tiny-en-zh 一起使用：解码步，从 1 开始：写出第 N 个输出词的那一步（默认 1）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/model_options.py" line="80"/>
        <source>--part and --word apply with --model {name}</source>
        <translation>--part 和 --word 需要与 --model {name} 一起使用</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/model_options.py" line="84"/>
        <source>--layer applies with --model</source>
        <translation>--layer 需要与 --model 一起使用</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/model_options.py" line="89"/>
        <source>--model has its own sizes and weights: leave out {options}</source>
        <translation>--model 有自己的尺寸和权重：请去掉 {options}</translation>
    </message>
</context>
<context>
    <name>Comparisons</name>
    <message>
        <location filename="../../attn_gui/ui/compare/comparison_widgets.py" line="162"/>
        <source>Entropy −Σ p·ln p of each row, in nats: 0 when one key takes everything, ln n when all n keys share equally. The largest weight goes to the key after the arrow.</source>
        <translation>每一行的熵 −Σ p·ln p，单位是奈特（nats）：一个键拿走全部时为 0，n 个键平分时为 ln n。最大权重给了箭头后面的那个键。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/comparison_widgets.py" line="90"/>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/comparison_widgets.py" line="91"/>
        <source>Entropy (nats)</source>
        <translation>熵（nats）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/comparison_widgets.py" line="92"/>
        <source>Largest weight</source>
        <translation>最大权重</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/comparison_widgets.py" line="232"/>
        <source>Mean entropy {entropy} nats · mean largest weight {largest}</source>
        <translation>平均熵 {entropy} nats · 平均最大权重 {largest}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/score_variance_tab.py" line="35"/>
        <source>If the d_k components of q and k are independent with variance 1, the score q · k has variance d_k: large d_k means large scores and a softmax close to one-hot. Dividing by √d_k brings the variance back to 1.</source>
        <translation>如果 q 和 k 的 d_k 个分量相互独立、方差为 1，分数 q · k 的方差就是 d_k：d_k 越大，分数越大，softmax 越接近 one-hot。除以 √d_k 把方差拉回 1。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/score_variance_tab.py" line="42"/>
        <source>d_k:</source>
        <translation>d_k：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/score_variance_tab.py" line="43"/>
        <source>The length of q and k: the number of products added up in q · k</source>
        <translation>q 和 k 的长度：q · k 中相加的乘积个数</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/score_variance_tab.py" line="61"/>
        <source>Var(q · k) grows like d_k (dashed: y = d_k)</source>
        <translation>Var(q · k) 随 d_k 增长（虚线：y = d_k）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/score_variance_tab.py" line="64"/>
        <source>Var(q · k / √d_k) stays near 1 (dashed: y = 1)</source>
        <translation>Var(q · k / √d_k) 保持在 1 附近（虚线：y = 1）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/score_variance_tab.py" line="120"/>
        <source>At d_k = {d_k}: Var(q · k) = {raw}, Var(q · k / √d_k) = {scaled} (from {draws} random draws of q and k)</source>
        <translation>d_k = {d_k} 时：Var(q · k) = {raw}，Var(q · k / √d_k) = {scaled}（来自 q 和 k 的 {draws} 次随机抽样）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/softmax_tabs.py" line="77"/>
        <source>With d_k = 1, √d_k = 1 and both sides are the same: choose a larger d_k.</source>
        <translation>d_k = 1 时 √d_k = 1，两边完全相同：请选一个更大的 d_k。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/softmax_tabs.py" line="80"/>
        <source>Dividing the scores by √d_k = √{d_k} = {root} flattens every row: its entropy rises and its largest weight falls. Unscaled rows are peakier, closer to one-hot.</source>
        <translation>把分数除以 √d_k = √{d_k} = {root} 会让每一行更平缓：熵升高，最大权重下降。不缩放的行更尖锐，更接近 one-hot。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/softmax_tabs.py" line="97"/>
        <source>The causal mask M sets the scores above the diagonal to −∞: after softmax their weights are exactly 0, so no token attends to a later one.</source>
        <translation>因果掩码 M 把对角线以上的分数设为 −∞：softmax 之后它们的权重恰好为 0，所以没有词元会关注它后面的词元。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/temperature_tab.py" line="34"/>
        <source>Dividing by a temperature T &lt; 1 sharpens every row towards one-hot (its entropy falls); T &gt; 1 flattens it towards uniform. At T = 1 these are the lesson&apos;s weights.</source>
        <translation>除以温度 T &lt; 1 会让每一行更尖锐、接近 one-hot（熵下降）；T &gt; 1 会让它更平缓、接近均匀。T = 1 时就是本课的权重。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/temperature_tab.py" line="40"/>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/temperature_tab.py" line="44"/>
        <source>The temperature T divides the scores before softmax, from 0.1 to 5 (drag, or use the arrow keys; each key multiplies or divides T by 1.12)</source>
        <translation>温度 T 在 softmax 之前去除分数，范围 0.1 到 5（拖动，或用方向键；每按一次 T 乘以或除以 1.12）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/temperature_tab.py" line="52"/>
        <source>T = 1</source>
        <translation>T = 1</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/temperature_tab.py" line="53"/>
        <source>Back to the lesson&apos;s own weights</source>
        <translation>回到本课自己的权重</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/temperature_tab.py" line="58"/>
        <source>Mean entropy (nats) against T: colder is peakier</source>
        <translation>平均熵（nats）随 T 的变化：温度越低越尖锐</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/temperature_tab.py" line="104"/>
        <source>T = {value}</source>
        <translation>T = {value}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/comparison_window.py" line="32"/>
        <source>Head:</source>
        <translation>头：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/comparison_window.py" line="36"/>
        <source>Which head&apos;s scores to compare</source>
        <translation>比较哪个头的分数</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/comparison_window.py" line="44"/>
        <source>Scaling</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/comparison_window.py" line="45"/>
        <source>Mask</source>
        <translation>掩码</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/comparison_window.py" line="46"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/comparison_window.py" line="48"/>
        <source>√dₖ</source>
        <translation>√dₖ</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/comparison_window.py" line="49"/>
        <source>Soft lookup</source>
        <translation>软查表</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/comparison_window.py" line="52"/>
        <source>softmax(S) beside softmax(S / √d_k)</source>
        <translation>softmax(S) 与 softmax(S / √d_k) 并排</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/comparison_window.py" line="53"/>
        <source>The weights without and with the causal mask</source>
        <translation>不加和加上因果掩码的权重</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/comparison_window.py" line="54"/>
        <source>Sharpen or flatten the weights with a temperature</source>
        <translation>用温度让权重更尖锐或更平缓</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/comparison_window.py" line="55"/>
        <source>Why the scores are divided by √d_k, from random draws</source>
        <translation>用随机抽样说明为什么分数要除以 √d_k</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/comparison_window.py" line="58"/>
        <source>A one-hot row beside a softmax row, each times V</source>
        <translation>one-hot 行与 softmax 行并排，各自乘以 V</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/comparison_window.py" line="76"/>
        <source>Compare side by side — attn-gui</source>
        <translation>并排比较 — attn-gui</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/comparison_window.py" line="101"/>
        <source>“{sentence}”, head {head} of {heads}</source>
        <translation>“{sentence}”，第 {head} 个头（共 {heads} 个）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/comparison_window.py" line="117"/>
        <source>{head} of {heads}</source>
        <translation>{head} / {heads}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/soft_lookup_tab.py" line="26"/>
        <source>A one-hot row times a matrix picks out exactly one of its rows: a table lookup. A softmax row is a soft one-hot: the same product blends all the rows of V, a lookup that can be differentiated.</source>
        <translation>one-hot 行乘以矩阵，恰好挑出其中一行：这就是查表。softmax 行是“软的 one-hot”：同样的乘法把 V 的所有行混合起来，是一种可以求导的查表。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/soft_lookup_tab.py" line="33"/>
        <source>Query token:</source>
        <translation>查询词元：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/soft_lookup_tab.py" line="37"/>
        <source>Whose attention row to use as the lookup</source>
        <translation>用哪个词元的注意力行来查表</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/soft_lookup_tab.py" line="110"/>
        <source>One-hot at “{key}”</source>
        <translation>在“{key}”处为 1 的 one-hot</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/soft_lookup_tab.py" line="116"/>
        <source>Softmax row of “{query}”</source>
        <translation>“{query}”的 softmax 行</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/soft_lookup_tab.py" line="122"/>
        <source>= row “{key}” of V</source>
        <translation>= V 的“{key}”行</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/soft_lookup_tab.py" line="128"/>
        <source>= a blend of all rows of V</source>
        <translation>= V 所有行的混合</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/soft_lookup_tab.py" line="141"/>
        <source>Hard lookup: one-hot · V is row {index} of V (“{key}”), exactly.</source>
        <translation>硬查表：one-hot · V 恰好就是 V 的第 {index} 行（“{key}”）。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/compare/soft_lookup_tab.py" line="145"/>
        <source>Soft lookup: softmax row · V adds up all {count} rows of V, each times its weight: “{query}” takes {percent} of its answer from “{key}”.</source>
        <translation>软查表：softmax 行 · V 把 V 的全部 {count} 行各乘以权重再相加：“{query}”的答案有 {percent} 来自“{key}”。</translation>
    </message>
</context>
<context>
    <name>ConfigError</name>
    <message>
        <location filename="../../attn_gui/core/toy/config.py" line="24"/>
        <source>{field} must be a whole number from {low} to {high}, got {value}.</source>
        <translation>{field} 必须是 {low} 到 {high} 之间的整数，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/config.py" line="27"/>
        <source>{field} must be one of {allowed}, got {value}.</source>
        <translation>{field} 必须是 {allowed} 之一，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/config.py" line="28"/>
        <source>{field} must be true or false, got {value}.</source>
        <translation>{field} 必须是 true 或 false，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/config.py" line="29"/>
        <source>{field} must hold numbers between -{limit:g} and {limit:g}, got {value}.</source>
        <translation>{field} 中的数必须在 -{limit:g} 到 {limit:g} 之间，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/config.py" line="111"/>
        <source>A configuration must be a mapping.</source>
        <translation>配置必须是一个映射（键值对）。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/config.py" line="117"/>
        <source>Unknown configuration fields: {names}.</source>
        <translation>未知的配置字段：{names}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/config.py" line="121"/>
        <source>A configuration needs tokens.</source>
        <translation>配置中必须有词元。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/config.py" line="187"/>
        <source>{field} must be a list of non-empty words.</source>
        <translation>{field} 必须是由非空词语组成的列表。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/config.py" line="192"/>
        <source>{field} contains characters that are not valid text; check the terminal&apos;s encoding.</source>
        <translation>{field} 包含无效的文本字符；请检查终端的编码。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/config.py" line="201"/>
        <source>Enter at least one token for {field} (words separated by spaces).</source>
        <translation>请为 {field} 输入至少一个词元（词之间用空格分隔）。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/config.py" line="209"/>
        <source>{field} has {value} tokens; at most {high} are supported.</source>
        <translation>{field} 有 {value} 个词元；最多支持 {high} 个。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/config.py" line="220"/>
        <source>{field} must have {rows} rows of {cols} numbers each.</source>
        <translation>{field} 必须有 {rows} 行，每行 {cols} 个数。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/config.py" line="251"/>
        <source>d_model ({d_model}) must be divisible by num_heads ({num_heads}), or set d_k and d_v.</source>
        <translation>d_model（{d_model}）必须能被 num_heads（{num_heads}）整除，否则请设置 d_k 和 d_v。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/config.py" line="268"/>
        <source>These sizes need about {needed} MB, more than the {limit} MB allowed: use fewer tokens, fewer heads or smaller dimensions.</source>
        <translation>这些维度大约需要 {needed} MB，超过了允许的 {limit} MB：请减少词元或头数，或使用更小的维度。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/config.py" line="279"/>
        <source>One-hot embeddings need d_model of at least {needed} (one per distinct token), got {value}.</source>
        <translation>one-hot 词嵌入要求 d_model 至少为 {needed}（每个不同的词元一列），实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/config.py" line="291"/>
        <source>edits must be a list of (matrix, row, column, value), got {value}.</source>
        <translation>edits 必须是由 (matrix, row, column, value) 组成的列表，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/config.py" line="307"/>
        <source>Supplied embeddings need {field}.</source>
        <translation>使用自定义词嵌入时需要 {field}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/config.py" line="314"/>
        <source>{field} is only used with supplied embeddings (and cross-attention for kv).</source>
        <translation>{field} 只在使用自定义词嵌入时有用（kv 还需要编码器-解码器注意力）。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/config.py" line="340"/>
        <source>Each edit must be (matrix, row, column, value), got {value}.</source>
        <translation>每条修改都必须是 (matrix, row, column, value)，实际为 {value}。</translation>
    </message>
</context>
<context>
    <name>DisplayOptions</name>
    <message>
        <location filename="../../attn_gui/ui/model/display_options.py" line="36"/>
        <source>Hide [CLS] and [SEP]</source>
        <translation>隐藏 [CLS] 和 [SEP]</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/display_options.py" line="38"/>
        <source>Drop the rows and columns of [CLS] and [SEP] and renormalise each row to sum to 1: how a head shares out what it gives the words. Many heads put most of their weight on [CLS] or [SEP], a “no-op” sink (Clark et al. 2019), which leaves the rest too faint to read.</source>
        <translation>去掉 [CLS] 和 [SEP] 的行和列，再把每一行重新归一化为和为 1：看一个头如何分配它给各个词的权重。许多头把大部分权重放在 [CLS] 或 [SEP] 上，这是一个“空操作”汇点（Clark 等人，2019），其余部分因此淡得看不清。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/display_options.py" line="46"/>
        <source>Merge word pieces into words</source>
        <translation>把词片合并成词</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/display_options.py" line="48"/>
        <source>One row and one column per word: the rows of a word&apos;s pieces are averaged (what the word attends to), their columns summed (what attends to the word), so every row still sums to 1. With both switches on, pieces are merged first, then [CLS] and [SEP] hidden.</source>
        <translation>每个词一行一列：一个词的各个词片的行取平均（这个词关注什么），列相加（什么关注这个词），所以每一行的和仍然是 1。两个开关都打开时，先合并词片，再隐藏 [CLS] 和 [SEP]。</translation>
    </message>
</context>
<context>
    <name>EquationStrip</name>
    <message>
        <location filename="../../attn_gui/ui/stage/equation_text.py" line="27"/>
        <source>… {count} more</source>
        <translation>… 另外 {count} 个</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/stage/equation_text.py" line="136"/>
        <source>… {count} more, together {percent}</source>
        <translation>… 另外 {count} 个，合计 {percent}</translation>
    </message>
</context>
<context>
    <name>ExplanationPane</name>
    <message>
        <location filename="../../attn_gui/ui/explain/explanation_pane.py" line="73"/>
        <source>{title} (head {head})</source>
        <translation>{title}（第 {head} 个头）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/explanation_pane.py" line="76"/>
        <source>Shapes: {shapes}</source>
        <translation>形状：{shapes}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/explanation_pane.py" line="117"/>
        <source>Pinned cell</source>
        <translation>固定的单元格</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/explanation_pane.py" line="118"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/explanation_pane.py" line="120"/>
        <source>Unpin the cell and hide its arithmetic</source>
        <translation>取消固定该单元格，并隐藏它的计算过程</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="59"/>
        <source>Write matrices, figures or animations to a file.</source>
        <translation>将矩阵、图片或动画写入文件。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="66"/>
        <source>a lesson file (.attn.json) instead of --tokens and the sizes</source>
        <translation>课程文件（.attn.json），代替 --tokens 和各项维度</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="74"/>
        <source>the file to write; its extension chooses: {formats}</source>
        <translation>要写入的文件；由扩展名决定格式：{formats}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="80"/>
        <source>the matrix for one-matrix formats and figures, e.g. weights</source>
        <translation>单矩阵格式和图片所用的矩阵，例如 weights</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="85"/>
        <source>the head, from 1</source>
        <translation>头的编号，从 1 开始</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="90"/>
        <source>decimals in .tex and .md (0 to 17, default 4)</source>
        <translation>.tex 和 .md 中的小数位数（0 到 17，默认 4）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="95"/>
        <source>.tex: bmatrix (square brackets) or pmatrix</source>
        <translation>.tex：bmatrix（方括号）或 pmatrix</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="196"/>
        <source>the stage to draw</source>
        <translation>要绘制的阶段</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="200"/>
        <source>the step within the stage, from 0</source>
        <translation>阶段内的步，从 0 开始</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="205"/>
        <source>how much one step shows</source>
        <translation>每一步显示多少内容</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="207"/>
        <source>PNG resolution</source>
        <translation>PNG 分辨率</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="208"/>
        <source>PNG without background</source>
        <translation>无背景的 PNG</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="212"/>
        <source>colour-blind-safe colour scales</source>
        <translation>色盲友好的色阶</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="214"/>
        <source>animation: steps A:B of the stage (or lesson)</source>
        <translation>动画：阶段（或课程）的第 A:B 步</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="218"/>
        <source>animation width</source>
        <translation>动画宽度</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="223"/>
        <source>animation: frames each step is held</source>
        <translation>动画：每一步停留的帧数</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/render_export.py" line="228"/>
        <source>animation: steps per second</source>
        <translation>动画：每秒步数</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../attn_gui/ui/dialogs/export_dialog_base.py" line="50"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/export_dialog_base.py" line="52"/>
        <source>Choose the place in a file dialog.</source>
        <translation>在文件对话框中选择位置。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/export_dialog_base.py" line="57"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/export_dialog_base.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/export_dialog_base.py" line="192"/>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/export_dialog_base.py" line="194"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/export_dialog_base.py" line="199"/>
        <source>{count} of these files are already in {folder}. Save again to replace them.</source>
        <translation>{folder} 中已有其中 {count} 个文件。再次保存将替换它们。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/export_dialog_base.py" line="202"/>
        <source>{file} already exists. Save again to replace it.</source>
        <translation>{file} 已存在。再次保存将替换它。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/export_dialog_base.py" line="208"/>
        <source>Choose a folder to save the files in.</source>
        <translation>请选择保存文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/export_dialog_base.py" line="209"/>
        <source>Choose a file to save to.</source>
        <translation>请选择要保存到的文件。</translation>
    </message>
</context>
<context>
    <name>FigureExportDialog</name>
    <message>
        <location filename="../../attn_gui/ui/dialogs/figure_export_dialog.py" line="18"/>
        <source>Export figure</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/figure_export_dialog.py" line="45"/>
        <source>Figures (*.png *.svg *.pdf)</source>
        <translation>图片 (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/figure_export_dialog.py" line="25"/>
        <source>The whole stage</source>
        <translation>整个阶段</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/figure_export_dialog.py" line="34"/>
        <source>300 dpi prints sharply; SVG and PDF need none</source>
        <translation>300 dpi 打印清晰；SVG 和 PDF 无需设置</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/figure_export_dialog.py" line="37"/>
        <source>&amp;Transparent background (PNG)</source>
        <translation>透明背景（PNG）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/figure_export_dialog.py" line="40"/>
        <source>&amp;What:</source>
        <translation>内容(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/figure_export_dialog.py" line="41"/>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/figure_export_dialog.py" line="49"/>
        <source>The file name must end in .png, .svg or .pdf.</source>
        <translation>文件名必须以 .png、.svg 或 .pdf 结尾。</translation>
    </message>
</context>
<context>
    <name>FocusStrip</name>
    <message>
        <location filename="../../attn_gui/ui/stage/focus_strip.py" line="45"/>
        <source>products</source>
        <translation>乘积</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/stage/focus_strip.py" line="80"/>
        <source>terms {first}–{last} of {count}</source>
        <translation>第 {first}–{last} 项（共 {count} 项）</translation>
    </message>
</context>
<context>
    <name>GuiCommand</name>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="58"/>
        <source>argument --stage: invalid choice: {stage!r} (choose from {names})</source>
        <translation>参数 --stage：无效的选项：{stage!r}（可选：{names}）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="67"/>
        <source>argument --step: give --stage too</source>
        <translation>参数 --step：还需要同时给出 --stage</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="72"/>
        <source>argument --step: stage {stage} has steps 0 to {last}, got {step}</source>
        <translation>参数 --step：阶段 {stage} 的步为 0 到 {last}，实际为 {step}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="80"/>
        <source>Teach transformer attention step by step.</source>
        <translation>一步一步讲解 Transformer 注意力。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="82"/>
        <source>attn-gui export writes matrices, figures and animations without a window: attn-gui export --help says how.</source>
        <translation>attn-gui export 无需窗口即可导出矩阵、图片和动画：用法见 attn-gui export --help。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="91"/>
        <source>a lesson file (.attn.json) to open</source>
        <translation>要打开的课程文件（.attn.json）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="95"/>
        <source>the stage to open at</source>
        <translation>打开时显示的阶段</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="97"/>
        <source>the head to show, from 1</source>
        <translation>要显示的头，从 1 开始</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="102"/>
        <source>with --stage: the step within that stage, from 0, one term at a time</source>
        <translation>与 --stage 一起使用：该阶段内的步，从 0 开始，每次一项</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="109"/>
        <source>interface language (default: the system&apos;s)</source>
        <translation>界面语言（默认跟随系统）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="112"/>
        <source>colours</source>
        <translation>配色</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="117"/>
        <source>render the window to this PNG file and exit</source>
        <translation>把窗口渲染成这个 PNG 文件，然后退出</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="127"/>
        <source>argument --head: choose a head from 1 to {heads}</source>
        <translation>参数 --head：请选择 1 到 {heads} 之间的头</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="133"/>
        <source>--screenshot writes PNG: the file name must end in .png, got {name!r}</source>
        <translation>--screenshot 写入的是 PNG：文件名必须以 .png 结尾，实际为 {name!r}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="139"/>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set): run attn-gui on the desktop, or use --screenshot or attn-gui export, which need none</source>
        <translation>未找到显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置）：请在桌面上运行 attn-gui，或使用不需要显示器的 --screenshot 或 attn-gui export</translation>
    </message>
</context>
<context>
    <name>HeadRoles</name>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="19"/>
        <source>previous token</source>
        <translation>前一个词元</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="20"/>
        <source>next token</source>
        <translation>后一个词元</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="21"/>
        <location filename="../../attn_gui/ui/model/head_text.py" line="30"/>
        <source>itself</source>
        <translation>自身</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="22"/>
        <source>[CLS] sink</source>
        <translation>[CLS] 汇点</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="23"/>
        <source>[SEP] sink</source>
        <translation>[SEP] 汇点</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="24"/>
        <location filename="../../attn_gui/ui/model/head_text.py" line="33"/>
        <source>broad</source>
        <translation>分散</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="25"/>
        <location filename="../../attn_gui/ui/model/head_text.py" line="34"/>
        <source>mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="28"/>
        <source>previous</source>
        <translation>前一个</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="29"/>
        <source>next</source>
        <translation>后一个</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="31"/>
        <source>[CLS]</source>
        <translation>[CLS]</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="32"/>
        <source>[SEP]</source>
        <translation>[SEP]</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="37"/>
        <source>On average {share} of each row goes to the token just before it.</source>
        <translation>平均每一行有 {share} 的权重落在紧挨着它的前一个词元上。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="40"/>
        <source>On average {share} of each row goes to the token just after it.</source>
        <translation>平均每一行有 {share} 的权重落在紧挨着它的后一个词元上。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="41"/>
        <source>On average {share} of each row goes to the token itself.</source>
        <translation>平均每一行有 {share} 的权重落在词元自身上。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="42"/>
        <source>On average {share} of each row goes to [CLS]: a sink, where a head with nothing to do on this sentence parks its weight (Clark et al. 2019).</source>
        <translation>平均每一行有 {share} 的权重落在 [CLS] 上：这是一个汇点，在这个句子上无事可做的头把权重停放在这里（Clark 等人，2019）。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="47"/>
        <source>On average {share} of each row goes to [SEP]: a sink, where a head with nothing to do on this sentence parks its weight (Clark et al. 2019).</source>
        <translation>平均每一行有 {share} 的权重落在 [SEP] 上：这是一个汇点，在这个句子上无事可做的头把权重停放在这里（Clark 等人，2019）。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="52"/>
        <source>No pattern takes {dominant} or more of the weight, and the rows spread out: their entropy is {share} of a uniform row&apos;s (at least {broad} counts as broad).</source>
        <translation>没有哪种模式占到 {dominant} 或更多的权重，而且各行很分散：它们的熵是均匀行的 {share}（至少 {broad} 算作分散）。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="57"/>
        <source>No pattern takes {dominant} or more of the weight and the rows do not spread out evenly; the strongest, {pattern}, takes {share} of each row on average.</source>
        <translation>没有哪种模式占到 {dominant} 或更多的权重，各行也不算均匀分散；最强的模式“{pattern}”平均占每一行的 {share}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="122"/>
        <source>Layer {layer}, head {head}: {role}.</source>
        <translation>第 {layer} 层，第 {head} 个头：{role}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="131"/>
        <source>Measured on this sentence, on the weights between all word pieces, [CLS] and [SEP] included, whatever the view hides or merges: previous token {previous}, next token {next}, itself {self}, [CLS] {cls}, [SEP] {sep}; spread (entropy) {entropy}.</source>
        <translation>在这个句子上测得，依据所有词片之间的权重（包括 [CLS] 和 [SEP]，不管视图隐藏或合并了什么）：前一个词元 {previous}，后一个词元 {next}，自身 {self}，[CLS] {cls}，[SEP] {sep}；分散程度（熵）{entropy}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="144"/>
        <source>Click (or Enter) to open this layer and head in the lesson.</source>
        <translation>点击（或按回车键）在课程中打开这一层的这个头。</translation>
    </message>
</context>
<context>
    <name>HeadsOverview</name>
    <message>
        <location filename="../../attn_gui/ui/stage/heads_overview.py" line="57"/>
        <source>Head {head}</source>
        <translation>第 {head} 个头</translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <location filename="../../attn_gui/ui/input/source_combo.py" line="44"/>
        <source>random weights (toy)</source>
        <translation>随机权重（简化示例）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/source_combo.py" line="46"/>
        <source>Trained translator (English → Chinese)</source>
        <translation>训练好的翻译器（英译中）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/source_combo.py" line="48"/>
        <source>{name} (pretrained)</source>
        <translation>{name}（预训练）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/source_combo.py" line="49"/>
        <source>{name} (folder)</source>
        <translation>{name}（文件夹）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_panel.py" line="306"/>
        <source>Presets…</source>
        <translation>预设…</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_panel.py" line="309"/>
        <source>none (every token sees all)</source>
        <translation>无（每个词元都能看到全部）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_panel.py" line="310"/>
        <source>causal (no peeking ahead)</source>
        <translation>因果（不偷看未来）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_panel.py" line="311"/>
        <source>random (seeded)</source>
        <translation>随机（按种子）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_panel.py" line="312"/>
        <source>one-hot</source>
        <translation>one-hot</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_panel.py" line="315"/>
        <source>e.g. I love learning</source>
        <translation>例如：I love learning</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_panel.py" line="316"/>
        <source>e.g. 我 爱 学习</source>
        <translation>例如：我 爱 学习</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_panel.py" line="317"/>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_panel.py" line="318"/>
        <source>Sizes</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_panel.py" line="320"/>
        <source>Computation</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_panel.py" line="328"/>
        <source>&amp;Text:</source>
        <translation>文本(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_panel.py" line="329"/>
        <source>The text the model reads, as typed: the model splits it into its word pieces.</source>
        <translation>模型读取的文本，与输入的一致：模型会把它切分成自己的词片。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_panel.py" line="337"/>
        <source>typed values</source>
        <translation>手动输入的值</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_panel.py" line="380"/>
        <source>auto (= {n})</source>
        <translation>自动（= {n}）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_panel.py" line="382"/>
        <source>auto (= {n:g}, not whole)</source>
        <translation>自动（= {n:g}，不是整数）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="8"/>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="9"/>
        <source>Random weights teach the arithmetic at any size; a pretrained model shows what real attention has learned, with its own word pieces and weights, one layer at a time.</source>
        <translation>随机权重适合在任意尺寸下讲解运算；预训练模型展示真实的注意力学到了什么，使用它自己的词片和权重，一次一层。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="16"/>
        <source>E&amp;xamples:</source>
        <translation>示例(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="17"/>
        <source>Load a ready-made example from the lesson into all the fields below.</source>
        <translation>把课程中的现成示例填入下面的所有字段。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="22"/>
        <source>&amp;Tokens:</source>
        <translation>词元(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="23"/>
        <source>The sentence to study. Words separated by spaces become tokens, one row of X each. Chinese works too: 我 爱 学习 is three tokens.</source>
        <translation>要学习的句子。用空格分隔的词成为词元，每个词元是 X 的一行。中文也可以：我 爱 学习 是三个词元。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="30"/>
        <source>one token per Chinese/Japanese &amp;character</source>
        <translation>每个中文/日文字符作为一个词元(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="31"/>
        <source>Make every Chinese or Japanese character a token of its own, so 我爱学习 gives 我, 爱, 学, 习 without typing spaces.</source>
        <translation>让每个中文或日文字符各自成为一个词元，这样不用输入空格，我爱学习 就会得到 我、爱、学、习。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="38"/>
        <source>cross-&amp;attention</source>
        <translation>编码器-解码器注意力(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="39"/>
        <source>As between encoder and decoder: the queries come from the tokens above, the keys and values from a second sentence.</source>
        <translation>就像编码器和解码器之间那样：查询来自上面的词元，键和值来自第二个句子。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="46"/>
        <source>Ke&amp;ys/values:</source>
        <translation>键/值(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="47"/>
        <source>The second sentence, which supplies the keys and values. The scores then have one row per query token and one column per key token.</source>
        <translation>第二个句子，提供键和值。这时分数的每一行对应一个查询词元，每一列对应一个键词元。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="54"/>
        <source>d_m&amp;odel:</source>
        <translation>d_model(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="55"/>
        <source>The length of each token&apos;s vector: the number of columns of X. 4 fits on a projector; the original paper uses 512.</source>
        <translation>每个词元向量的长度，即 X 的列数。4 适合在投影仪上展示；原论文用的是 512。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="62"/>
        <source>Hea&amp;ds:</source>
        <translation>头数(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="63"/>
        <source>How many attention heads work side by side, each with its own W_Q, W_K and W_V. d_model must divide evenly by it unless d_k and d_v are set.</source>
        <translation>并行工作的注意力头的个数，每个头有自己的 W_Q、W_K 和 W_V。除非设置了 d_k 和 d_v，否则 d_model 必须能被它整除。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="70"/>
        <source>d_&amp;k (key size):</source>
        <translation>d_k（键维度）(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="71"/>
        <source>The length of each query and key vector in one head; the scores are divided by √d_k. Auto means d_model ÷ heads.</source>
        <translation>一个头中每个查询向量和键向量的长度；分数要除以 √d_k。“自动”表示 d_model ÷ 头数。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="78"/>
        <source>d_v (val&amp;ue size):</source>
        <translation>d_v（值维度）(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="79"/>
        <source>The length of each value vector, so of each row a head outputs. Auto means d_model ÷ heads.</source>
        <translation>每个值向量的长度，也就是一个头输出的每一行的长度。“自动”表示 d_model ÷ 头数。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="85"/>
        <source>&amp;Seed:</source>
        <translation>种子(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="86"/>
        <source>The starting number for the random embeddings and weights. The same seed gives the same numbers every time, so students can replay the lesson at home.</source>
        <translation>生成随机词嵌入和权重矩阵的起始数字。相同的种子每次都给出相同的数，所以学生可以在家重现这节课。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="93"/>
        <source>New &amp;random</source>
        <translation>重新随机(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="94"/>
        <source>Pick a different seed: new random numbers for the same sentence.</source>
        <translation>换一个种子：同一个句子得到新的随机数。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="97"/>
        <source>&amp;Mask:</source>
        <translation>掩码(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="98"/>
        <source>Causal: each token may look only at itself and the tokens before it, as in a decoder; later tokens get weight 0.</source>
        <translation>因果：每个词元只能看到自己和它前面的词元，就像在解码器中一样；后面的词元的注意力权重为 0。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="105"/>
        <source>Em&amp;bedding:</source>
        <translation>词嵌入(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="106"/>
        <source>Random: a seeded random vector for each distinct word. One-hot: the i-th distinct word gets a 1 in column i (needs d_model at least the number of distinct words). Typed values: numbers edited in the matrices; choose another entry to drop them.</source>
        <translation>随机：每个不同的词一个按种子生成的随机向量。one-hot：第 i 个不同的词在第 i 列为 1（要求 d_model 不小于不同词的个数）。手动输入的值：在矩阵中编辑过的数；选择其他选项即可丢弃它们。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="114"/>
        <source>add &amp;positional encoding</source>
        <translation>加上位置编码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="115"/>
        <source>Add the sine/cosine position pattern to X (X_in = X + PE), so word order matters.</source>
        <translation>把正弦/余弦位置模式加到 X 上（X_in = X + PE），让词序产生影响。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="121"/>
        <source>div&amp;ide by √d_k</source>
        <translation>除以 √d_k(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/input_texts.py" line="122"/>
        <source>Divide the scores Q·Kᵀ by √d_k before softmax. Without it, large scores push softmax towards all-or-nothing weights.</source>
        <translation>在 softmax 之前把分数 Q·Kᵀ 除以 √d_k。否则，过大的分数会把 softmax 推向“全有或全无”的注意力权重。</translation>
    </message>
</context>
<context>
    <name>LessonDocument</name>
    <message>
        <location filename="../../attn_gui/ui/window/document.py" line="117"/>
        <source>Edit {matrix}[{row}, {col}]</source>
        <translation>编辑 {matrix}[{row}, {col}]</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/document.py" line="125"/>
        <source>Reset to generated values</source>
        <translation>恢复为生成的值</translation>
    </message>
</context>
<context>
    <name>LessonError</name>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="47"/>
        <source>{file} does not exist.</source>
        <translation>{file} 不存在。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="48"/>
        <source>No permission to read {file}.</source>
        <translation>没有读取 {file} 的权限。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="49"/>
        <source>Could not read {file}: {reason}.</source>
        <translation>无法读取 {file}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="50"/>
        <source>{file} is a folder or a device, not a lesson file.</source>
        <translation>{file} 是文件夹或设备，不是课程文件。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="51"/>
        <source>{file} is too large to be a lesson file: {size} MB, more than {limit} MB.</source>
        <translation>{file} 太大，不可能是课程文件：{size} MB，超过了 {limit} MB。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="54"/>
        <source>{file} is not a lesson file: it is not UTF-8 text.</source>
        <translation>{file} 不是课程文件：它不是 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="55"/>
        <source>{file} is not a lesson file: it is not valid JSON (line {line}, column {column}).</source>
        <translation>{file} 不是课程文件：它不是有效的 JSON（第 {line} 行，第 {column} 列）。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="58"/>
        <source>{file} is not a lesson file: its JSON is nested too deeply.</source>
        <translation>{file} 不是课程文件：它的 JSON 嵌套过深。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="59"/>
        <source>{file} is not a lesson file: it is JSON, but not an attn-gui lesson.</source>
        <translation>{file} 不是课程文件：它是 JSON，但不是 attn-gui 课程。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="62"/>
        <source>{file} was saved by a newer attn-gui (lesson format {version}); this version reads format {supported}. Update attn-gui to open it.</source>
        <translation>{file} 由较新版本的 attn-gui 保存（课程格式 {version}）；此版本读取格式 {supported}。请更新 attn-gui 后再打开。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="67"/>
        <source>{file} is in lesson format {version}, which this attn-gui cannot read; it reads format {supported}.</source>
        <translation>{file} 使用课程格式 {version}，此版本的 attn-gui 无法读取；它读取格式 {supported}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="71"/>
        <source>{file} does not say which lesson format it is in; this version reads format {supported}.</source>
        <translation>{file} 没有注明所用的课程格式；此版本读取格式 {supported}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="75"/>
        <source>{file} is damaged: it has no {field}.</source>
        <translation>{file} 已损坏：缺少 {field}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="76"/>
        <source>{file} is damaged: {field} must be a JSON object, got {value}.</source>
        <translation>{file} 已损坏：{field} 必须是 JSON 对象，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="77"/>
        <source>{file} is damaged: {field} must be a whole number from {low} to {high}, got {value}.</source>
        <translation>{file} 已损坏：{field} 必须是 {low} 到 {high} 之间的整数，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="80"/>
        <source>{file} is damaged: {field} must be null or a whole number from {low} up, got {value}.</source>
        <translation>{file} 已损坏：{field} 必须是 null 或不小于 {low} 的整数，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="83"/>
        <source>{file} is damaged: {field} must be one of {allowed}, got {value}.</source>
        <translation>{file} 已损坏：{field} 必须是 {allowed} 之一，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="86"/>
        <source>{file} is damaged: {field} must be true or false, got {value}.</source>
        <translation>{file} 已损坏：{field} 必须是 true 或 false，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="87"/>
        <source>{file} is damaged: {field} must be text or null, got {value}.</source>
        <translation>{file} 已损坏：{field} 必须是文本或 null，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="88"/>
        <source>{file} has an invalid configuration: {message}</source>
        <translation>{file} 的配置无效：{message}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="89"/>
        <source>{file} is damaged: {field} holds {value}, a token with a space in it.</source>
        <translation>{file} 已损坏：{field} 中有 {value}，这个词元含有空格。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/lesson_file.py" line="92"/>
        <source>{file} is damaged: the sentence {value} in {field} does not give the tokens in {tokens}.</source>
        <translation>{file} 已损坏：{field} 中的句子 {value} 分出的词元与 {tokens} 不一致。</translation>
    </message>
</context>
<context>
    <name>LessonFiles</name>
    <message>
        <location filename="../../attn_gui/ui/window/lesson_files.py" line="48"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/lesson_files.py" line="87"/>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/lesson_files.py" line="89"/>
        <location filename="../../attn_gui/ui/window/lesson_files.py" line="113"/>
        <source>Lessons (*{suffix})</source>
        <translation>课程 (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/lesson_files.py" line="99"/>
        <source>Could not open the lesson</source>
        <translation>无法打开课程</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/lesson_files.py" line="111"/>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/lesson_files.py" line="122"/>
        <source>Could not save the lesson</source>
        <translation>无法保存课程</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/lesson_files.py" line="138"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/lesson_files.py" line="139"/>
        <source>The lesson has changes that are not saved. Save them first?</source>
        <translation>课程有尚未保存的更改。要先保存吗？</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../attn_gui/ui/window/main_window.py" line="169"/>
        <source>Which head&apos;s Q, K, V and weights to show</source>
        <translation>显示哪个头的 Q、K、V 和注意力权重</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/main_window.py" line="177"/>
        <source>Head:</source>
        <translation>头：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/main_window.py" line="184"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/main_window.py" line="185"/>
        <source>All heads</source>
        <translation>所有头</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/docks.py" line="84"/>
        <source>Sentence and sizes</source>
        <translation>句子与维度</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/docks.py" line="88"/>
        <source>Stages</source>
        <translation>阶段列表</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/docks.py" line="92"/>
        <source>Explanation</source>
        <translation>讲解</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/main_window.py" line="374"/>
        <source>{head} of {heads}</source>
        <translation>{head} / {heads}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/main_window.py" line="439"/>
        <source>Stage {number} of {count}: {title} — {shapes}</source>
        <translation>第 {number} 阶段（共 {count} 个）：{title} — {shapes}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/main_window.py" line="447"/>
        <source>head {head} of {heads}</source>
        <translation>第 {head} 个头（共 {heads} 个）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/main_window.py" line="456"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/main_window.py" line="458"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model_mode/model_selectors.py" line="13"/>
        <source>Encoder self-attention</source>
        <translation>编码器自注意力</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model_mode/model_selectors.py" line="14"/>
        <source>Decoder masked self-attention</source>
        <translation>解码器掩码自注意力</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model_mode/model_selectors.py" line="15"/>
        <source>Cross-attention (encoder-decoder)</source>
        <translation>编码器-解码器注意力（交叉注意力）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model_mode/model_selectors.py" line="16"/>
        <source>Next word: softmax over the vocabulary</source>
        <translation>下一个词：词表上的 softmax</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model_mode/model_selectors.py" line="33"/>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model_mode/model_selectors.py" line="34"/>
        <source>Which layer of the model the lesson steps through</source>
        <translation>课程逐步讲解模型的哪一层</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model_mode/model_selectors.py" line="39"/>
        <source>Attention:</source>
        <translation>注意力：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model_mode/model_selectors.py" line="40"/>
        <source>Which of the translator&apos;s attentions the lesson steps through</source>
        <translation>课程逐步讲解翻译器的哪一种注意力</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model_mode/model_selectors.py" line="45"/>
        <source>Writing:</source>
        <translation>正在写：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model_mode/model_selectors.py" line="46"/>
        <source>The decoding step: the decoder writes one Chinese word a step, reading the words written before it</source>
        <translation>解码步：解码器每一步写出一个中文词，读取它之前已写出的词</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model_mode/model_selectors.py" line="54"/>
        <source>Next word ▸</source>
        <translation>下一个词 ▸</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model_mode/model_selectors.py" line="56"/>
        <source>The word chosen joins the output and the next step begins: the decoder&apos;s masked self-attention, now one word longer</source>
        <translation>选出的词加入输出，下一步开始：解码器的掩码自注意力，现在多了一个词</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model_mode/model_selectors.py" line="94"/>
        <source>word {step}: {word}</source>
        <translation>第 {step} 个词：{word}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model_mode/mode.py" line="69"/>
        <source>Loading {model}…</source>
        <translation>正在加载 {model}…</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model_mode/mode.py" line="111"/>
        <source>Open model folder</source>
        <translation>打开模型文件夹</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model_mode/model_selectors.py" line="86"/>
        <source>{layer} of {layers}</source>
        <translation>第 {layer} 层（共 {layers} 层）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model_mode/model_tabs.py" line="45"/>
        <source>All layers</source>
        <translation>所有层</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model_mode/model_tabs.py" line="46"/>
        <source>Rollout</source>
        <translation>注意力展开</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model_mode/translator_tabs.py" line="43"/>
        <source>Next word</source>
        <translation>下一个词</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model_mode/translator_tabs.py" line="44"/>
        <source>Alignment</source>
        <translation>对齐</translation>
    </message>
</context>
<context>
    <name>MatrixExportDialog</name>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="66"/>
        <source>CSV spreadsheet (.csv)</source>
        <translation>CSV 电子表格 (.csv)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="67"/>
        <source>Every digit, with the token labels as the first row and column. Opens in LibreOffice Calc and Excel, Chinese included.</source>
        <translation>保留全部位数，第一行和第一列是词元标签。可以用 LibreOffice Calc 和 Excel 打开，中文也能正常显示。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="74"/>
        <source>NumPy array (.npy)</source>
        <translation>NumPy 数组 (.npy)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="75"/>
        <source>The numbers alone, every digit, for np.load in a notebook.</source>
        <translation>只有数字，保留全部位数，可在 notebook 中用 np.load 读取。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="78"/>
        <source>NumPy archive, every matrix (.npz)</source>
        <translation>NumPy 归档，包含所有矩阵 (.npz)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="79"/>
        <source>Every matrix under its stage name in one file; per-head matrices are stacked on a leading head axis.</source>
        <translation>所有矩阵以各自的阶段名存放在同一个文件中；每个头的矩阵沿最前面的“头”轴堆叠。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="86"/>
        <source>JSON, every matrix (.json)</source>
        <translation>JSON，包含所有矩阵 (.json)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="87"/>
        <source>Every matrix with its labels and the settings; −∞ is written &quot;-inf&quot;.</source>
        <translation>所有矩阵及其标签和设置；−∞ 写作 &quot;-inf&quot;。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="92"/>
        <source>LaTeX matrix (.tex)</source>
        <translation>LaTeX 矩阵 (.tex)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="93"/>
        <source>An amsmath matrix for slides and handouts, rounded to the chosen decimals; the labels are in comments.</source>
        <translation>用于幻灯片和讲义的 amsmath 矩阵，四舍五入到所选的小数位数；标签写在注释中。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="100"/>
        <source>Markdown table (.md)</source>
        <translation>Markdown 表格 (.md)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="101"/>
        <source>A table with the labels for notes, wikis and GitHub, rounded to the chosen decimals.</source>
        <translation>带标签的表格，适用于笔记、wiki 和 GitHub，四舍五入到所选的小数位数。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="196"/>
        <source>Names ending in {suffix} are lessons: choose another, e.g. attention.json.</source>
        <translation>以 {suffix} 结尾的文件名是课程文件：请换一个名字，例如 attention.json。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="216"/>
        <source>Copied {matrix}: paste it into a spreadsheet.</source>
        <translation>已复制 {matrix}：可以粘贴到电子表格中。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="259"/>
        <source>Export Matrices</source>
        <translation>导出矩阵</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="260"/>
        <source>All matrices</source>
        <translation>所有矩阵</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="267"/>
        <source>bmatrix: square brackets [ ]</source>
        <translation>bmatrix：方括号 [ ]</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="270"/>
        <source>pmatrix: round brackets ( )</source>
        <translation>pmatrix：圆括号 ( )</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="272"/>
        <source>&amp;Matrix:</source>
        <translation>矩阵(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="273"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="275"/>
        <source>The kind of file to write.</source>
        <translation>要写入的文件类型。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="277"/>
        <source>LaTeX &amp;environment:</source>
        <translation>LaTeX 环境(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="279"/>
        <source>The amsmath environment around the numbers, for LaTeX only.</source>
        <translation>包裹数字的 amsmath 环境，仅用于 LaTeX。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="283"/>
        <source>&amp;Decimals:</source>
        <translation>小数位数(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="285"/>
        <source>Digits after the decimal point in LaTeX and Markdown; the other formats keep every digit.</source>
        <translation>LaTeX 和 Markdown 中小数点后的位数；其他格式保留全部位数。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="290"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="292"/>
        <source>Copy the matrix as tab-separated text with every digit, to paste into a spreadsheet.</source>
        <translation>把矩阵复制为制表符分隔的文本，保留全部位数，可粘贴到电子表格中。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="302"/>
        <source>This format always holds every matrix.</source>
        <translation>此格式总是包含所有矩阵。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="304"/>
        <source>The matrix to save, or all of them.</source>
        <translation>要保存的矩阵，或全部矩阵。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="308"/>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="309"/>
        <source>The folder for the files; it is made if it does not exist.</source>
        <translation>存放文件的文件夹；不存在时会自动创建。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="313"/>
        <source>One file per matrix: {count} files such as {first} and {per_head}.</source>
        <translation>每个矩阵一个文件：共 {count} 个文件，例如 {first} 和 {per_head}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="321"/>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="322"/>
        <source>The file to write; the extension is added if it is missing.</source>
        <translation>要写入的文件；缺少扩展名时会自动添加。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="326"/>
        <source>Every matrix of the lesson in one file.</source>
        <translation>课程的所有矩阵都在一个文件中。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/dialogs/matrix_export_dialog.py" line="328"/>
        <source>{matrix}, {shape}.</source>
        <translation>{matrix}，{shape}。</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../attn_gui/ui/stage/matrix_view.py" line="97"/>
        <source>Fit</source>
        <translation>全貌</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/stage/matrix_view.py" line="99"/>
        <source>Show the whole matrix again (0)</source>
        <translation>重新显示整个矩阵（0）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/stage/matrix_view.py" line="362"/>
        <source>Type a number between −{limit:g} and {limit:g}, then press Enter (Esc cancels).</source>
        <translation>输入 −{limit:g} 到 {limit:g} 之间的数，然后按 Enter（按 Esc 取消）。</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="154"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/menus.py" line="25"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="113"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="115"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="159"/>
        <source>Reset to &amp;generated values</source>
        <translation>恢复为生成的值(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="160"/>
        <source>Forget every value typed into X or the weight matrices</source>
        <translation>丢弃在 X 或权重矩阵中输入的所有值</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/menus.py" line="42"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/menus.py" line="62"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="170"/>
        <source>&amp;Next stage</source>
        <translation>下一阶段(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="119"/>
        <source>&amp;Open lesson…</source>
        <translation>打开课程(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="130"/>
        <source>&amp;Save lesson</source>
        <translation>保存课程(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="132"/>
        <source>The sentence, sizes, typed values and where you are</source>
        <translation>句子、维度、输入的值以及当前所在的位置</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="135"/>
        <source>Save lesson &amp;as…</source>
        <translation>课程另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="137"/>
        <source>Export &amp;figure…</source>
        <translation>导出图片(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="140"/>
        <source>&amp;Copy figure</source>
        <translation>复制图片(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="142"/>
        <source>The stage as a picture, to paste into slides</source>
        <translation>把当前阶段复制为图片，可粘贴到幻灯片中</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="144"/>
        <source>Export a&amp;nimation…</source>
        <translation>导出动画(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="145"/>
        <source>Export &amp;matrices…</source>
        <translation>导出矩阵(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="148"/>
        <source>Copy matrix as &amp;text</source>
        <translation>将矩阵复制为文本(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="150"/>
        <source>The stage&apos;s result, tab-separated, to paste into a spreadsheet</source>
        <translation>当前阶段的结果，以制表符分隔，可粘贴到电子表格中</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/menus.py" line="45"/>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="164"/>
        <source>Play / &amp;pause</source>
        <translation>播放/暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="166"/>
        <source>Play the arithmetic step by step, or pause it</source>
        <translation>逐步播放计算过程，或暂停</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="168"/>
        <source>Step &amp;forward</source>
        <translation>前进一步(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="169"/>
        <source>Step &amp;back</source>
        <translation>后退一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="173"/>
        <source>&amp;Previous stage</source>
        <translation>上一阶段(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="175"/>
        <source>Back to the start of this stage, or of the one before</source>
        <translation>回到本阶段的开头，或上一阶段的开头</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="177"/>
        <source>&amp;Start</source>
        <translation>开头(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="178"/>
        <source>&amp;End</source>
        <translation>结尾(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="190"/>
        <source>P&amp;resentation mode</source>
        <translation>演示模式(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="192"/>
        <source>Full screen, large type, projector colours (Esc leaves)</source>
        <translation>全屏、大字号、投影仪配色（按 Esc 退出）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="181"/>
        <source>&amp;Quiz mode</source>
        <translation>测验模式(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="123"/>
        <source>Open &amp;model folder…</source>
        <translation>打开模型文件夹(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="124"/>
        <source>A BERT-family encoder in the Hugging Face layout, to step through its layers</source>
        <translation>Hugging Face 格式的 BERT 系列编码器，逐层讲解</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="183"/>
        <source>The class predicts each result before it is shown (→ reveals, → again moves on)</source>
        <translation>全班先预测每个结果，再揭晓（→ 揭晓答案，再按 → 继续）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="198"/>
        <source>Next &amp;head</source>
        <translation>下一个头(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="199"/>
        <source>Previous h&amp;ead</source>
        <translation>上一个头(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="210"/>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="213"/>
        <source>Enlarge every number and label, for the back row</source>
        <translation>放大所有数字和标签，让后排也看得清</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="216"/>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="220"/>
        <source>&amp;Zoom into the matrix</source>
        <translation>放大矩阵(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="223"/>
        <source>Magnify the matrix under the pointer (or the result): the wheel zooms, a drag or Alt+arrows move around, and the view follows the animation</source>
        <translation>放大指针下的矩阵（或结果矩阵）：滚轮缩放，拖动或 Alt+方向键移动视图，视图会跟随动画</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="229"/>
        <source>Zoom &amp;out of the matrix</source>
        <translation>缩小矩阵(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="232"/>
        <source>&amp;Fit the matrices</source>
        <translation>显示完整矩阵(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="234"/>
        <source>Show every matrix whole again</source>
        <translation>重新完整显示每个矩阵</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="237"/>
        <source>Weights as &amp;percentages</source>
        <translation>注意力权重显示为百分比(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="202"/>
        <source>&amp;Compare side by side…</source>
        <translation>并排比较(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="204"/>
        <source>Scaling, mask, temperature, √d_k and the soft lookup, each shown side by side</source>
        <translation>缩放、掩码、温度、√d_k 和软查表，逐一并排展示</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/menus.py" line="68"/>
        <source>&amp;Decimals</source>
        <translation>小数位数(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/menus.py" line="69"/>
        <source>&amp;Colours</source>
        <translation>配色(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="241"/>
        <source>Colour-&amp;blind-safe colours</source>
        <translation>色盲友好配色(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="242"/>
        <source>Blue-to-yellow colour scales that read the same for every kind of colour vision</source>
        <translation>由蓝到黄的色阶：任何色觉的人看起来都一样清楚</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/menus.py" line="71"/>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/actions.py" line="247"/>
        <source>&amp;About attn-gui</source>
        <translation>关于 attn-gui(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/menus.py" line="76"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/menus.py" line="79"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/menus.py" line="91"/>
        <source>About attn-gui</source>
        <translation>关于 attn-gui</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/window/menus.py" line="92"/>
        <source>&lt;h3&gt;attn-gui {version}&lt;/h3&gt;&lt;p&gt;Teaches transformer attention step by step: Q, K, V, every dot product, the scaling, softmax and the heads.&lt;/p&gt;&lt;p&gt;MIT licence. Built with Qt for Python (LGPLv3), pyqtgraph (MIT) and NumPy (BSD).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;attn-gui {version}&lt;/h3&gt;&lt;p&gt;一步一步讲解 Transformer 注意力：Q、K、V，每一个点积，缩放，softmax，以及多个头。&lt;/p&gt;&lt;p&gt;MIT 许可证。基于 Qt for Python（LGPLv3）、pyqtgraph（MIT）和 NumPy（BSD）构建。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ModelError</name>
    <message>
        <location filename="../../attn_gui/models/errors.py" line="13"/>
        <source>There is nothing to translate: type an English sentence.</source>
        <translation>没有可翻译的内容：请输入一个英文句子。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/errors.py" line="16"/>
        <source>The translator does not know these words: {words}.</source>
        <translation>翻译模型不认识这些词：{words}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/translator/weights_file.py" line="35"/>
        <source>The translator&apos;s file {file} is missing.</source>
        <translation>翻译模型的文件 {file} 不存在。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/translator/weights_file.py" line="36"/>
        <source>The translator&apos;s file {file} is damaged and cannot be read.</source>
        <translation>翻译模型的文件 {file} 已损坏，无法读取。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/translator/weights_file.py" line="37"/>
        <source>The translator&apos;s file {file} is not usable: {item} is missing or has the wrong shape.</source>
        <translation>翻译模型的文件 {file} 无法使用：{item} 缺失或形状不对。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/errors.py" line="9"/>
        <source>The text makes {count} word pieces with [CLS] and [SEP], more than the model&apos;s limit of {limit}.</source>
        <translation>这段文字加上 [CLS] 和 [SEP] 共有 {count} 个词片，超过了模型的上限 {limit}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/errors.py" line="8"/>
        <source>There is no text to read.</source>
        <translation>没有可读取的文字。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/bert/tokenizer.py" line="66"/>
        <source>The file {path} is damaged or is not a tokenizer.</source>
        <translation>文件 {path} 已损坏，或不是分词器。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/bert/tokenizer.py" line="72"/>
        <source>The tokenizer {path} is not a BERT WordPiece tokenizer.</source>
        <translation>分词器 {path} 不是 BERT WordPiece 分词器。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/bert/tokenizer.py" line="77"/>
        <source>The tokenizer {path} has {count} word pieces but the model only {vocab_size}.</source>
        <translation>分词器 {path} 有 {count} 个词片，而模型只有 {vocab_size} 个。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/bert/weights.py" line="30"/>
        <source>The model in {path} has {key} = {value}, which this app cannot run.</source>
        <translation>{path} 中的模型设置了 {key} = {value}，本应用无法运行。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/bert/weights.py" line="33"/>
        <source>The configuration {path} has no valid {key}.</source>
        <translation>配置文件 {path} 没有有效的 {key}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/bert/weights.py" line="144"/>
        <source>The file {path} is not a readable model configuration.</source>
        <translation>文件 {path} 不是可读取的模型配置。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/bert/weights.py" line="150"/>
        <source>The model in {path} is of type {model_type}, not a BERT encoder.</source>
        <translation>{path} 中的模型类型是 {model_type}，不是 BERT 编码器。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/bert/weights.py" line="190"/>
        <source>The file {path} has no tensor {tensor}, so it is not a BERT encoder.</source>
        <translation>文件 {path} 没有张量 {tensor}，所以不是 BERT 编码器。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/bert/weights.py" line="199"/>
        <source>The tensor {tensor} in {path} is stored as {dtype}, which NumPy cannot read.</source>
        <translation>{path} 中的张量 {tensor} 以 {dtype} 存储，NumPy 无法读取。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/bert/weights.py" line="210"/>
        <source>The tensor {tensor} in {path} has shape {shape}, not {expected}.</source>
        <translation>{path} 中的张量 {tensor} 形状为 {shape}，而不是 {expected}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/bert/weights.py" line="268"/>
        <source>The file {path} is damaged or is not a safetensors file.</source>
        <translation>文件 {path} 已损坏，或不是 safetensors 文件。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/locate.py" line="95"/>
        <source>The model {name} is not in the Hugging Face cache {cache}; download {repository} there (or into any folder, and open that folder).</source>
        <translation>模型 {name} 不在 Hugging Face 缓存 {cache} 中；请把 {repository} 下载到那里（或下载到任意文件夹，再打开那个文件夹）。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/locate.py" line="105"/>
        <source>The model {name} is neither in the {distribution} package nor in the Hugging Face cache {cache}; install it with {command}.</source>
        <translation>模型 {name} 既不在 {distribution} 包中，也不在 Hugging Face 缓存 {cache} 中；请用 {command} 安装。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/locate.py" line="121"/>
        <source>{path} is neither a model folder nor a known model name such as {name}.</source>
        <translation>{path} 既不是模型文件夹，也不是 {name} 这样的已知模型名称。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/locate.py" line="129"/>
        <source>The folder {path} has no {file}, so it holds no model to read.</source>
        <translation>文件夹 {path} 中没有 {file}，所以没有可读取的模型。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/source.py" line="15"/>
        <source>The model has {count} layers: choose a layer from 1 to {count}.</source>
        <translation>该模型有 {count} 层：请选择 1 到 {count} 之间的层。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/source.py" line="22"/>
        <source>The translator has no part {part}: choose encoder, decoder, cross or output.</source>
        <translation>翻译模型没有 {part} 这一部分：请选择 encoder、decoder、cross 或 output。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/source.py" line="25"/>
        <source>This translation is written in steps 1 to {count}, one word a step (the end marker too): there is no step {step}.</source>
        <translation>这个翻译分第 1 到第 {count} 步写出，每步一个词（结束标记也算一步）：没有第 {step} 步。</translation>
    </message>
</context>
<context>
    <name>ModelFields</name>
    <message>
        <location filename="../../attn_gui/ui/input/model_fields.py" line="103"/>
        <source>Pretrained model</source>
        <translation>预训练模型</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/model_fields.py" line="86"/>
        <source>&amp;Layer:</source>
        <translation>层(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/model_fields.py" line="87"/>
        <source>Which of the model&apos;s layers the lesson steps through (from 1, the first)</source>
        <translation>课程逐步讲解模型的哪一层（从第 1 层开始）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/model_fields.py" line="104"/>
        <source>Word pieces:</source>
        <translation>词片：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/model_fields.py" line="106"/>
        <source>The text as the model reads it: [CLS] first, [SEP] last, rare words split into pieces (##…), unknown characters as [UNK]</source>
        <translation>模型读到的文本：开头是 [CLS]，结尾是 [SEP]，生僻词被切成词片（##…），未知字符记为 [UNK]</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/model_fields.py" line="121"/>
        <source>Trained translator</source>
        <translation>训练好的翻译器</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/model_fields.py" line="122"/>
        <source>Tokens:</source>
        <translation>词元：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/model_fields.py" line="124"/>
        <source>The English words as the encoder reads them, then the end marker &lt;eos&gt;</source>
        <translation>编码器读到的英文词，最后是结束标记 &lt;eos&gt;</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/model_fields.py" line="129"/>
        <source>An encoder-decoder of d_model 16 with 2 heads and one layer a side, trained on a small grammar. It knows these {count} words: {words}.</source>
        <translation>一个编码器-解码器模型：d_model 为 16，2 个头，编码器和解码器各一层，在一套小语法上训练。它认识这 {count} 个词：{words}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/model_fields.py" line="92"/>
        <source>Open model &amp;folder…</source>
        <translation>打开模型文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/model_fields.py" line="94"/>
        <source>Another BERT-family encoder in the Hugging Face layout: config.json, model.safetensors and tokenizer.json</source>
        <translation>另一个 Hugging Face 格式的 BERT 系列编码器：config.json、model.safetensors 和 tokenizer.json</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/input/model_fields.py" line="115"/>
        <source>{name}: {layers} layers of {heads} heads, d_model = {d_model}.</source>
        <translation>{name}：{layers} 层，每层 {heads} 个头，d_model = {d_model}。</translation>
    </message>
</context>
<context>
    <name>ModelView</name>
    <message>
        <location filename="../../attn_gui/ui/model/colour_scale.py" line="70"/>
        <source>Weight (all heads):</source>
        <translation>权重（所有头）：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/colour_scale.py" line="71"/>
        <source>One scale, 0 to 1, for every head, every switch and every sentence: a weight is a share of its row, and the same colour means the same share everywhere, as in the lesson&apos;s weights.</source>
        <translation>所有头、所有开关、所有句子共用一个 0 到 1 的色标：权重是它所在行的一份，同样的颜色在任何地方都表示同样的份额，和课程里的权重矩阵一样。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_grid.py" line="52"/>
        <source>Attention of every layer and head</source>
        <translation>每一层、每个头的注意力</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="69"/>
        <source>Layer {layer}</source>
        <translation>第 {layer} 层</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="73"/>
        <source>Head {head}</source>
        <translation>第 {head} 个头</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/head_text.py" line="78"/>
        <source>Head</source>
        <translation>头</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/model_view.py" line="20"/>
        <source>word pieces</source>
        <translation>词片</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/model_view.py" line="21"/>
        <source>words</source>
        <translation>词</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/model_view.py" line="22"/>
        <source>word pieces without [CLS] and [SEP]</source>
        <translation>词片（不含 [CLS] 和 [SEP]）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/model_view.py" line="23"/>
        <source>words without [CLS] and [SEP]</source>
        <translation>词（不含 [CLS] 和 [SEP]）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/model_view.py" line="108"/>
        <source>Each heatmap: {size} × {size}, {what}. Hover for the numbers, click to open.</source>
        <translation>每个热力图：{size} × {size}，{what}。悬停查看数值，点击打开。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/model_view.py" line="118"/>
        <source>Why so much weight on [CLS] and [SEP]? A head with nothing to do parks it there, a “no-op” sink: over half of BERT&apos;s attention in its middle layers goes to [SEP] (Clark et al. 2019).</source>
        <translation>为什么这么多权重落在 [CLS] 和 [SEP] 上？无事可做的头把权重停放在那里，这是一个“空操作”汇点：BERT 中间几层一半以上的注意力落在 [SEP] 上（Clark 等人，2019）。</translation>
    </message>
</context>
<context>
    <name>NextWordChart</name>
    <message>
        <location filename="../../attn_gui/ui/translator/candidate_bars.py" line="34"/>
        <source>← written</source>
        <translation>← 写出</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/candidate_bars.py" line="103"/>
        <source>Which word gets {share}? It is hidden until the answer is revealed.</source>
        <translation>哪个词得到 {share}？揭晓答案之前它是隐藏的。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/candidate_bars.py" line="109"/>
        <source>Score (logit) {score}; divided by T = {temperature}: {scaled}.</source>
        <translation>分数（logit）{score}；除以 T = {temperature} 后：{scaled}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/candidate_bars.py" line="118"/>
        <source>The word the decoder wrote.</source>
        <translation>解码器写出的就是这个词。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/candidate_bars.py" line="268"/>
        <source>Next-word probabilities</source>
        <translation>下一个词的概率</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/next_word_chart.py" line="131"/>
        <source>T = {value}</source>
        <translation>T = {value}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/next_word_chart.py" line="143"/>
        <source>After “{previous}”, which word comes next?</source>
        <translation>在“{previous}”之后，下一个词是什么？</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/next_word_chart.py" line="147"/>
        <source>After “{previous}” the decoder writes “{word}”.</source>
        <translation>在“{previous}”之后，解码器写出“{word}”。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/next_word_chart.py" line="153"/>
        <source>The {shown} most probable of {size} words; the other {count} share {share}.</source>
        <translation>{size} 个词中概率最大的 {shown} 个；其余 {count} 个词共占 {share}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/next_word_chart.py" line="174"/>
        <source>Softmax over the vocabulary: the decoder gives every Chinese word a score, softmax turns the scores into probabilities, and the most probable word is written. The temperature T divides the scores first: lower is sharper, higher flatter.</source>
        <translation>词表上的 softmax：解码器给词表里的每个中文词一个分数，softmax 把这些分数变成概率，概率最大的词被写出来。温度 T 先去除这些分数：T 越低分布越尖锐，越高越平坦。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/next_word_chart.py" line="181"/>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/next_word_chart.py" line="183"/>
        <source>softmax(scores / T): T from 0.1 to 5 (drag, or use the arrow keys; each key multiplies or divides T by 1.12). The order of the words never changes, only how sure the model looks.</source>
        <translation>softmax(分数 / T)：T 从 0.1 到 5（拖动，或用方向键；每按一次 T 乘以或除以 1.12）。词的先后顺序不会变，变的只是模型看起来有多确定。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/next_word_chart.py" line="190"/>
        <source>T = 1</source>
        <translation>T = 1</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/next_word_chart.py" line="192"/>
        <source>Back to the model&apos;s own probabilities</source>
        <translation>回到模型自己的概率</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/next_word_chart.py" line="194"/>
        <source>Reveal</source>
        <translation>揭晓</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/translator/next_word_chart.py" line="196"/>
        <source>Show the words and the one written</source>
        <translation>显示这些词和写出的那个词</translation>
    </message>
</context>
<context>
    <name>PipelineStrip</name>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="129"/>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="92"/>
        <source>mask</source>
        <translation>掩码</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <location filename="../../attn_gui/ui/player/player_controls.py" line="21"/>
        <source>to suit the size</source>
        <translation>随规模自动调整</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/player/player_controls.py" line="22"/>
        <source>one term at a time</source>
        <translation>每次一项</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/player/player_controls.py" line="23"/>
        <source>one cell at a time</source>
        <translation>每次一个单元格</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/player/player_controls.py" line="24"/>
        <source>one row at a time</source>
        <translation>每次一行</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/player/player_controls.py" line="25"/>
        <source>one stage at a time</source>
        <translation>每次一个阶段</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/player/player_controls.py" line="107"/>
        <source>Drag to any step; marks show where stages begin</source>
        <translation>拖动到任意一步；刻度标出各阶段的起点</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/player/player_controls.py" line="116"/>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/player/player_controls.py" line="124"/>
        <source>How much each step shows</source>
        <translation>每一步显示多少内容</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/player/player_controls.py" line="131"/>
        <source>One term at a time for small matrices, a cell or a row at a time for large ones: at most a few hundred steps a stage</source>
        <translation>小矩阵一次一项，大矩阵一次一个单元格或一行：每个阶段最多几百步</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/player/player_controls.py" line="183"/>
        <source>step {step} of {count} of the whole lesson</source>
        <translation>整节课的第 {step} 步（共 {count} 步）</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <location filename="../../attn_gui/presets.py" line="36"/>
        <source>I love learning — small (d_model 4, 2 heads)</source>
        <translation>I love learning — 小规模（d_model 4，2 个头）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/presets.py" line="42"/>
        <source>I love learning — the paper&apos;s sizes (d_model 512, 8 heads, d_k 64)</source>
        <translation>I love learning — 论文中的维度（d_model 512，8 个头，d_k 64）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/presets.py" line="50"/>
        <source>我 爱 学习 (Chinese, d_model 4, 2 heads)</source>
        <translation>我 爱 学习（中文，d_model 4，2 个头）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/presets.py" line="56"/>
        <source>Causal decoder: I love learning</source>
        <translation>因果解码器：I love learning</translation>
    </message>
    <message>
        <location filename="../../attn_gui/presets.py" line="62"/>
        <source>Cross-attention: queries 我 爱 学习, keys/values I love learning</source>
        <translation>编码器-解码器注意力：查询 我 爱 学习，键/值 I love learning</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <location filename="../../attn_gui/timeline/quiz.py" line="31"/>
        <source>Row “{row}”: how many of its {count} scores does the causal mask turn into −∞?</source>
        <translation>“{row}”这一行：因果掩码会把它的 {count} 个分数中的几个变成 −∞？</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/quiz.py" line="34"/>
        <source>Row “{row}” of A: which key gets the most attention?</source>
        <translation>A 的“{row}”行：哪个键得到的注意力最多？</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/quiz_options.py" line="29"/>
        <source>What is {c}[{row}, {col}]? Row “{row}” of {a} times column “{b_col}” of {b}.</source>
        <translation>{c}[{row}, {col}] 是多少？{a} 的“{row}”行乘以 {b} 的“{b_col}”列。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/quiz_options.py" line="32"/>
        <source>What is X_in[{row}, {col}] = X[{row}, {col}] + PE[{row}, {col}]?</source>
        <translation>X_in[{row}, {col}] = X[{row}, {col}] + PE[{row}, {col}] 是多少？</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/quiz_options.py" line="33"/>
        <source>What is X_in[{row}, {col}]? Positional encoding is off.</source>
        <translation>X_in[{row}, {col}] 是多少？位置编码已关闭。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/quiz_options.py" line="34"/>
        <source>What is {c}[{row}, {col}] = S[{row}, {col}] ÷ {root}?</source>
        <translation>{c}[{row}, {col}] = S[{row}, {col}] ÷ {root} 是多少？</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/quiz/quiz_panel.py" line="46"/>
        <source>{count} numbers</source>
        <translation>共 {count} 个数</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/quiz/quiz_panel.py" line="49"/>
        <source>Given: {numbers}</source>
        <translation>已知：{numbers}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/quiz/quiz_panel.py" line="79"/>
        <source>New score</source>
        <translation>重新计分</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/quiz/quiz_panel.py" line="80"/>
        <source>Start the score again at 0 / 0</source>
        <translation>从 0 / 0 重新开始计分</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/quiz/quiz_panel.py" line="148"/>
        <source>Type a key or its position, then press Enter</source>
        <translation>输入一个键或它的序号，然后按回车</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/quiz/quiz_panel.py" line="150"/>
        <source>Type the value, then press Enter</source>
        <translation>输入数值，然后按回车</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/quiz/quiz_panel.py" line="152"/>
        <source>Reveal</source>
        <translation>揭晓</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/quiz/quiz_panel.py" line="179"/>
        <source>The answer is {answer}.</source>
        <translation>答案是 {answer}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/quiz/quiz_panel.py" line="181"/>
        <source>✓ Correct! The answer is {answer}.</source>
        <translation>✓ 答对了！答案是 {answer}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/quiz/quiz_panel.py" line="183"/>
        <source>✗ Not quite: the answer is {answer}.</source>
        <translation>✗ 不太对：答案是 {answer}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/quiz/quiz_panel.py" line="189"/>
        <location filename="../../attn_gui/ui/quiz/quiz_panel.py" line="203"/>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/quiz/quiz_panel.py" line="198"/>
        <source>Nothing to predict here: → or PgDown goes to the next question.</source>
        <translation>这里没有要预测的：按 → 或 PgDown 进入下一题。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/quiz/quiz_panel.py" line="209"/>
        <source>Type one of the keys, or its position (1, 2, …).</source>
        <translation>请输入其中一个键，或它的序号（1、2、…）。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/quiz/quiz_panel.py" line="211"/>
        <source>Type a number, such as 0.25 or −1,5.</source>
        <translation>请输入一个数，例如 0.25 或 −1,5。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/quiz/quiz_panel.py" line="216"/>
        <source>Score: {correct} / {asked}</source>
        <translation>得分：{correct} / {asked}</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/quiz/quiz_panel.py" line="301"/>
        <source>Type, then Enter</source>
        <translation>输入后按回车</translation>
    </message>
</context>
<context>
    <name>RolloutView</name>
    <message>
        <location filename="../../attn_gui/ui/model/rollout_view.py" line="90"/>
        <source>after layer {layer}</source>
        <translation>经过第 {layer} 层后</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/rollout_view.py" line="106"/>
        <source>Attention rollout after layer {layer} of {layers}</source>
        <translation>注意力展开：经过第 {layer} 层（共 {layers} 层）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/rollout_view.py" line="120"/>
        <source>About {share} of what position “{row}” holds after layer {layer} comes from the input token “{column}”.</source>
        <translation>位置“{row}”经过第 {layer} 层后所含的内容，大约有 {share} 来自输入词元“{column}”。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/rollout_view.py" line="132"/>
        <source>Rollout:</source>
        <translation>展开：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/rollout_view.py" line="134"/>
        <source>How many layers to follow the attention through</source>
        <translation>沿着多少层追踪注意力</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/model/rollout_view.py" line="137"/>
        <source>Attention rollout (Abnar &amp; Zuidema 2020): average the heads, add the identity for the residual, renormalise the rows, multiply the layers. Each cell estimates how much of an input token (column) reaches a position after that layer (row).</source>
        <translation>注意力展开（Abnar 和 Zuidema，2020）：对各个头取平均，加上单位矩阵代表残差连接，把各行重新归一化，再把各层相乘。每个格子估计一个输入词元（列）有多少到达经过该层之后的某个位置（行）。</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="21"/>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="104"/>
        <source>Tokens and the input matrix X</source>
        <translation>词元与输入矩阵 X</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="23"/>
        <source>The sentence is split into tokens, and each token becomes a row vector of length d_model (its word embedding). Stacked, the rows form X, of shape (n, d_model).</source>
        <translation>句子被切分成词元，每个词元变成一个长度为 d_model 的行向量（它的词嵌入）。这些行堆叠起来就是 X，形状为 (n, d_model)。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="35"/>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="113"/>
        <source>Positional encoding</source>
        <translation>位置编码</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="37"/>
        <source>Attention by itself ignores word order, so each position gets its own pattern of sines and cosines, with the same shape as X.</source>
        <translation>注意力本身不考虑词序，所以每个位置都有自己的一组正弦和余弦，形状与 X 相同。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="49"/>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="126"/>
        <source>Adding the positions</source>
        <translation>加上位置编码</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="51"/>
        <source>The positional encoding is added cell by cell: the same token at two positions now has two different rows.</source>
        <translation>位置编码逐元素相加：同一个词元出现在两个位置时，现在对应两个不同的行。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="63"/>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="110"/>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="163"/>
        <source>Queries</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="65"/>
        <source>A query asks “what should I attend to?”. Each cell of Q is one row of X_in times one column of W_Q: a dot product. (n, d_model) · (d_model, d_k) → (n, d_k).</source>
        <translation>查询问的是“我应该关注什么？”。Q 的每个元素都是 X_in 的一行乘以 W_Q 的一列：一次点积。(n, d_model) · (d_model, d_k) → (n, d_k)。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="77"/>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="121"/>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="170"/>
        <source>Keys</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="79"/>
        <source>A key is the index that answers “how well do I match?”. K has the same shape as Q, (n, d_k), so that queries and keys can be compared.</source>
        <translation>键是回答“我有多匹配？”的索引。K 与 Q 的形状相同，都是 (n, d_k)，这样查询和键才能相互比较。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="91"/>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="131"/>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="177"/>
        <source>Values</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="93"/>
        <source>A value is the content handed back once a key matches. Q asks, K matches, V is returned.</source>
        <translation>值是键匹配之后交回的内容。Q 提问，K 匹配，V 被返回。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/stage.py" line="89"/>
        <source>Laying K down: Kᵀ</source>
        <translation>把 K 放倒：Kᵀ</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="133"/>
        <source>Q and K are both (n, d_k), so Q · K is not defined: the columns of Q must equal the rows of the other matrix. Transposed, K becomes (d_k, n); its rows turn into columns.</source>
        <translation>Q 和 K 都是 (n, d_k)，所以 Q · K 没有定义：Q 的列数必须等于另一个矩阵的行数。转置后，K 变成 (d_k, n)；它的行变成了列。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/stage.py" line="99"/>
        <source>Scores: every query against every key</source>
        <translation>分数：每个查询与每个键逐一比较</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="138"/>
        <source>Row i of Q · Kᵀ holds the dot products of query i with every key: how similar token i is to each token. Larger means more similar (a · b = |a| |b| cos θ).</source>
        <translation>Q · Kᵀ 的第 i 行是查询 i 与每个键的点积：词元 i 与每个词元有多相似。越大越相似（a · b = |a| |b| cos θ）。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/stage.py" line="109"/>
        <source>Scaling by √d_k</source>
        <translation>缩放：除以 √d_k</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="143"/>
        <source>If the components of q and k have variance 1, q · k has variance d_k. Large scores push softmax towards one-hot outputs whose gradients vanish; dividing by √d_k brings the variance back to 1.</source>
        <translation>如果 q 和 k 的各分量方差为 1，q · k 的方差就是 d_k。过大的分数会把 softmax 推向 one-hot 输出，梯度随之消失；除以 √d_k 能让方差回到 1。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="122"/>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="85"/>
        <source>The mask</source>
        <translation>掩码</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="124"/>
        <source>A causal mask stops a decoder from peeking at the future: scores at j &gt; i become −∞, so their weights will be exactly 0. Without a mask nothing changes here.</source>
        <translation>因果掩码防止解码器偷看未来：j &gt; i 处的分数变为 −∞，因此它们的注意力权重恰好为 0。没有掩码时，这里什么也不改变。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/stage.py" line="120"/>
        <source>Softmax, row by row</source>
        <translation>归一化：逐行 softmax</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="149"/>
        <source>Each row is exponentiated and divided by its sum (after subtracting the row&apos;s maximum, which changes nothing but prevents overflow). Every weight lies between 0 and 1 and every row sums to 1, so a row reads as percentages.</source>
        <translation>每一行先取指数，再除以该行的和（之前先减去该行的最大值：结果不变，但能防止溢出）。每个注意力权重都在 0 和 1 之间，每行之和为 1，所以一行可以读成百分比。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/stage.py" line="130"/>
        <source>Weighted sum of the values</source>
        <translation>对值加权求和</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="155"/>
        <source>Row i of Z blends the value rows, weighted by how much token i attends to each token: Attention(Q, K, V) = softmax(Q Kᵀ / √d_k) V.</source>
        <translation>Z 的第 i 行混合了各个值行，权重是词元 i 对每个词元的关注程度：Attention(Q, K, V) = softmax(Q Kᵀ / √d_k) V。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/stage.py" line="140"/>
        <source>Concatenating the heads</source>
        <translation>拼接多个头</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="160"/>
        <source>The h heads run side by side, each with its own W_Q, W_K, W_V. Their outputs are placed next to each other along the feature axis: (n, h · d_v).</source>
        <translation>h 个头并行运行，每个头有自己的 W_Q、W_K、W_V。它们的输出沿特征轴并排放置：(n, h · d_v)。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="105"/>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="142"/>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="186"/>
        <source>The output projection</source>
        <translation>输出投影</translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/toy/stages.py" line="107"/>
        <source>W_O mixes the heads back into d_model features: the output has the same shape as the input, so blocks can be stacked.</source>
        <translation>W_O 把各个头重新混合成 d_model 个特征：输出与输入形状相同，因此可以堆叠多个模块。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="24"/>
        <source>A real layer adds a learned bias after each product: the same row b is added to every token&apos;s row, so every token&apos;s query (key, value) is shifted by the same vector.</source>
        <translation>真实的层在每次乘积之后加上一个学到的偏置：同一行 b 加到每个词元的行上，所以每个词元的查询（键、值）都平移同一个向量。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="96"/>
        <source>The layer&apos;s input</source>
        <translation>这一层的输入</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="98"/>
        <source>Layer 1 reads the word-piece, position and token-type embeddings added and normalised; every later layer reads the previous layer&apos;s output (the residual stream). One row of d_model = 384 numbers per word piece, [CLS] and [SEP] included.</source>
        <translation>第 1 层读取词片嵌入、位置嵌入和句子类型嵌入相加并归一化的结果；之后每一层读取上一层的输出（残差流）。每个词片一行，含 d_model = 384 个数，[CLS] 和 [SEP] 也包括在内。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="110"/>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="163"/>
        <source>Queries: the bias</source>
        <translation>查询：偏置</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="111"/>
        <source>The model stores W_Q as (out, in), so the product is X_in · W_Qᵀ: each cell is one row of X_in times one column of W_Qᵀ, 384 terms. The 12 heads take 32 columns each.</source>
        <translation>模型按 (输出, 输入) 存储 W_Q，所以乘积是 X_in · W_Qᵀ：每个元素是 X_in 的一行乘以 W_Qᵀ 的一列，共 384 项。12 个头各占 32 列。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="121"/>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="170"/>
        <source>Keys: the bias</source>
        <translation>键：偏置</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="122"/>
        <source>The keys are made the same way with W_K: (n, 384) · (384, 32) for each head, then the bias.</source>
        <translation>键用 W_K 以同样方式得到：每个头 (n, 384) · (384, 32)，再加偏置。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="131"/>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="177"/>
        <source>Values: the bias</source>
        <translation>值：偏置</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="132"/>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="25"/>
        <source>And the values with W_V: the content a head hands back once a key matches.</source>
        <translation>值用 W_V 得到：键匹配之后头交回的内容。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="261"/>
        <source>As in the toy: K (n, 32) becomes Kᵀ (32, n), so that Q · Kᵀ is defined.</source>
        <translation>和简化示例一样：K (n, 32) 变成 Kᵀ (32, n)，这样 Q · Kᵀ 才有定义。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="262"/>
        <source>Row i holds the dot products of piece i&apos;s query with every piece&apos;s key: 32 terms each.</source>
        <translation>第 i 行是词片 i 的查询与每个词片的键的点积：每个 32 项。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="265"/>
        <source>With d_k = 32 every score is divided by √32 ≈ 5.66, so that softmax does not saturate.</source>
        <translation>d_k = 32，每个分数都除以 √32 ≈ 5.66，使 softmax 不会饱和。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="268"/>
        <source>An encoder reads the whole sentence at once: no mask. Each row becomes percentages; in a trained model many rows put much of their weight on [CLS] or [SEP].</source>
        <translation>编码器一次读入整个句子：没有掩码。每一行都变成百分比；在训练好的模型中，许多行把大部分权重放在 [CLS] 或 [SEP] 上。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="273"/>
        <source>Row i of Z blends the value rows by piece i&apos;s weights. A large weight on a piece whose value row is small contributes little: weights are not the whole story.</source>
        <translation>Z 的第 i 行按词片 i 的权重混合各个值行。如果某个词片的权重很大但它的值行很小，它的贡献也很小：权重并不是全部。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="278"/>
        <source>The 12 heads&apos; outputs of 32 columns each, side by side: (n, 384) again.</source>
        <translation>12 个头的输出各 32 列，并排拼接：又是 (n, 384)。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="146"/>
        <source>W_O mixes the heads back into the 384 features of the model.</source>
        <translation>W_O 把各个头重新混合成模型的 384 个特征。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="143"/>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="187"/>
        <source>The output&apos;s bias</source>
        <translation>输出的偏置</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="147"/>
        <source>The attention sublayer&apos;s output: what this layer&apos;s attention adds to the residual stream.</source>
        <translation>注意力子层的输出：这一层的注意力加到残差流上的内容。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="159"/>
        <source>The residual connection</source>
        <translation>残差连接</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="161"/>
        <source>The layer&apos;s input is added back cell by cell: attention adds to what each piece already carries instead of replacing it, so information (and gradients) pass straight through.</source>
        <translation>这一层的输入被逐元素加回来：注意力是在每个词片已有的内容上做加法，而不是替换它，所以信息（和梯度）可以直接通过。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="172"/>
        <source>LayerNorm</source>
        <translation>LayerNorm（层归一化）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="174"/>
        <source>Each row is centred on its mean μ and divided by its standard deviation √(σ² + ε), so that every piece&apos;s row has mean 0 and variance 1; then the learned γ scales and β shifts each feature. The rows&apos; μ and σ² are shown beside the result.</source>
        <translation>每一行减去它的均值 μ，再除以它的标准差 √(σ² + ε)，使每个词片的行均值为 0、方差为 1；然后学到的 γ 缩放、β 平移每个特征。各行的 μ 和 σ² 显示在结果旁边。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="188"/>
        <source>Feed-forward: widening</source>
        <translation>前馈层：加宽</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="192"/>
        <source>The feed-forward layer works on each piece&apos;s row alone: first it widens 384 features to d_ff = 1536.</source>
        <translation>前馈层分别作用于每个词片的行：先把 384 个特征加宽到 d_ff = 1536。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="189"/>
        <source>Feed-forward: the bias</source>
        <translation>前馈层：偏置</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="197"/>
        <source>The first layer&apos;s bias, the same row added to every piece.</source>
        <translation>第一层的偏置，同一行加到每个词片上。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="205"/>
        <source>GELU, cell by cell</source>
        <translation>逐元素的 GELU</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="207"/>
        <source>The non-linearity: each number is multiplied by the probability Φ that a standard normal variable lies below it. Large positive numbers pass almost unchanged, large negative ones become almost 0; without it two layers would be one matrix.</source>
        <translation>非线性：每个数乘以标准正态变量小于它的概率 Φ。大的正数几乎原样通过，大的负数几乎变成 0；没有它，两层就相当于一个矩阵。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="221"/>
        <source>Feed-forward: back to d_model</source>
        <translation>前馈层：回到 d_model</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="225"/>
        <source>The second layer brings the 1536 features back to 384: 1536 terms a cell.</source>
        <translation>第二层把 1536 个特征变回 384 个：每个元素 1536 项。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="222"/>
        <source>Feed-forward: the output&apos;s bias</source>
        <translation>前馈层：输出的偏置</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="228"/>
        <source>The feed-forward layer&apos;s output, one row per piece.</source>
        <translation>前馈层的输出，每个词片一行。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="236"/>
        <source>The second residual connection</source>
        <translation>第二个残差连接</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="238"/>
        <source>Again the sublayer&apos;s input is added back, cell by cell, to what it computed.</source>
        <translation>子层的输入再次被逐元素加到它的计算结果上。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="247"/>
        <source>LayerNorm: the layer&apos;s output</source>
        <translation>LayerNorm：这一层的输出</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/bert_stages.py" line="249"/>
        <source>Normalised again, row by row: this is the next layer&apos;s input X_in (after layer 6, the model&apos;s output).</source>
        <translation>再逐行归一化一次：这就是下一层的输入 X_in（第 6 层之后就是模型的输出）。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="16"/>
        <source>Q = X_in · W_Q + b_Q. The translator stores W_Q as (in, out) = (16, 16), so there is no transpose: each cell is one row of X_in times one column of W_Q, 16 terms. Each of the 2 heads takes 8 columns.</source>
        <translation>Q = X_in · W_Q + b_Q。翻译模型按 (输入, 输出) = (16, 16) 存储 W_Q，所以不需要转置：每个单元格是 X_in 的一行乘以 W_Q 的一列，共 16 项。2 个头各取 8 列。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="22"/>
        <source>The keys are made the same way from X_in with W_K: (n, 16) · (16, 8) for each head.</source>
        <translation>键用同样的方法由 X_in 和 W_K 得到：每个头 (n, 16) · (16, 8)。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="28"/>
        <source>Encoder-decoder attention: the keys come from X_kv, the encoder&apos;s output, one row per English token, so every Chinese word&apos;s query meets every English word&apos;s key.</source>
        <translation>编码器-解码器注意力：键来自 X_kv，即编码器的输出，每个英文词元一行，所以每个中文词的查询都会与每个英文词的键相遇。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="33"/>
        <source>The values come from the encoder&apos;s output too: what each English word hands back to the Chinese word that attends to it.</source>
        <translation>值也来自编码器的输出：每个英文词交还给关注它的中文词的内容。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="38"/>
        <source>K (n_kv, 8) becomes Kᵀ (8, n_kv), so that Q · Kᵀ is defined.</source>
        <translation>K (n_kv, 8) 变成 Kᵀ (8, n_kv)，这样 Q · Kᵀ 才有定义。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="39"/>
        <source>Row i holds the dot products of word i&apos;s query with every key: 8 terms each.</source>
        <translation>第 i 行是词 i 的查询与每个键的点积：每个 8 项。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="42"/>
        <source>With d_k = 8 every score is divided by √8 ≈ 2.83, so that softmax does not saturate.</source>
        <translation>d_k = 8，每个分数都除以 √8 ≈ 2.83，使 softmax 不会饱和。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="45"/>
        <source>Row i of Z blends the value rows by word i&apos;s weights: 8 numbers for each head.</source>
        <translation>Z 的第 i 行按词 i 的权重混合各个值行：每个头 8 个数。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="48"/>
        <source>The 2 heads&apos; outputs of 8 columns each, side by side: 16 columns again.</source>
        <translation>2 个头的输出各 8 列，并排拼接：又是 16 列。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="52"/>
        <source>The encoder reads the whole English sentence at once: no mask. Each row becomes percentages: how much each English word takes from every other.</source>
        <translation>编码器一次读入整个英文句子：没有掩码。每一行都变成百分比：每个英文词从其他每个词那里取多少。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="57"/>
        <source>After the mask each row shares its weight among the words written so far; the words not yet written get exactly 0.</source>
        <translation>加上掩码之后，每一行只把权重分给已经写出的词；还没写出的词的权重恰好为 0。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="62"/>
        <source>Each Chinese word&apos;s row shares its weight among the English words: where the translator looks while writing. No mask: the whole English sentence is known.</source>
        <translation>每个中文词的那一行把权重分给各个英文词：这就是翻译模型在写这个词时看向哪里。没有掩码：整个英文句子都是已知的。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="69"/>
        <source>The encoder reads the English sentence and its end marker &lt;eos&gt;: each word takes its row of the English embedding table, times √d_model = 4 as in the paper, so that the words stay louder than the positions. X is (n, 16).</source>
        <translation>编码器读入英文句子和它的结束标记 &lt;eos&gt;：每个词取英文词嵌入表中它的那一行，再像论文中那样乘以 √d_model = 4，使词本身的信号比位置更强。X 是 (n, 16)。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="75"/>
        <source>The decoder reads &lt;bos&gt; and the Chinese words written before this step: at step t, t rows. Each takes its row of the Chinese embedding table, times √d_model = 4. X is (t, 16).</source>
        <translation>解码器读入 &lt;bos&gt; 和这一步之前已写出的中文词：在第 t 步共 t 行。每个词取中文词嵌入表中它的那一行，再乘以 √d_model = 4。X 是 (t, 16)。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="87"/>
        <source>The decoder must not see the words it has not written yet: the scores of later positions (j &gt; i) become −∞, so their weights will be exactly 0.</source>
        <translation>解码器不能看到还没写出的词：后面位置（j &gt; i）的分数变为 −∞，所以它们的权重将恰好为 0。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="115"/>
        <source>The toy&apos;s sinusoids, one row per position: attention by itself ignores word order. The encoder and the decoder count their positions each from 0.</source>
        <translation>和简化示例一样的正弦位置编码，每个位置一行：注意力本身不考虑词序。编码器和解码器各自从 0 开始计位置。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="128"/>
        <source>Added cell by cell: the attention layer&apos;s input.</source>
        <translation>逐个单元格相加：注意力层的输入。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="139"/>
        <source>The decoder&apos;s rows and the encoder&apos;s output</source>
        <translation>解码器的行与编码器的输出</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="141"/>
        <source>X_in is the decoder&apos;s rows after its masked self-attention (and its residual and LayerNorm): &lt;bos&gt; and the words written so far. They ask; beside them X_kv, the encoder&apos;s output over the English tokens, will give the keys and the values.</source>
        <translation>X_in 是解码器经过带掩码的自注意力（以及残差连接和 LayerNorm）之后的各行：&lt;bos&gt; 和到目前为止已写出的词。它们负责提问；旁边的 X_kv 是编码器在各个英文词元上的输出，将提供键和值。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="190"/>
        <source>W_O (16, 16) mixes the 2 heads back into the model&apos;s 16 features.</source>
        <translation>W_O (16, 16) 把 2 个头重新混合成模型的 16 个特征。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="193"/>
        <source>The attention&apos;s output: added to its input X_in, then LayerNorm, before the next sublayer reads it.</source>
        <translation>注意力的输出：先加上它的输入 X_in，再做 LayerNorm，然后交给下一个子层读取。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="211"/>
        <source>The decoder&apos;s row at this step</source>
        <translation>解码器在这一步的那一行</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="213"/>
        <source>At step t the decoder&apos;s output row t (after its feed-forward layer) holds 16 numbers: the next word is chosen from this row alone.</source>
        <translation>在第 t 步，解码器输出的第 t 行（经过前馈层之后）有 16 个数：下一个词只由这一行决定。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="225"/>
        <source>One score for every word of the vocabulary</source>
        <translation>为词表中的每个词打一个分</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="227"/>
        <source>W_out has one column per Chinese word of the vocabulary, the markers included: each score is the dot product of the decoder&apos;s row with that word&apos;s column, 16 terms.</source>
        <translation>W_out 为词表中的每个中文词（包括标记）各有一列：每个分数是解码器的那一行与该词那一列的点积，共 16 项。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="238"/>
        <source>Softmax over the vocabulary</source>
        <translation>词表上的 softmax</translation>
    </message>
    <message>
        <location filename="../../attn_gui/models/lesson/translator_stages.py" line="240"/>
        <source>Softmax over the vocabulary turns the scores into next-word probabilities that add up to 1; the most probable word is written and the next step begins. Dividing the scores by a temperature first would flatten or sharpen them.</source>
        <translation>词表上的 softmax 把这些分数变成和为 1 的下一个词的概率；写出最可能的那个词，然后开始下一步。如果先把分数除以一个温度，概率分布会变得更平或更尖。</translation>
    </message>
</context>
<context>
    <name>StageDrawing</name>
    <message>
        <location filename="../../attn_gui/ui/stage/drawing.py" line="62"/>
        <source>{name} (head {head})</source>
        <translation>{name}（第 {head} 个头）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/stage/drawing.py" line="230"/>
        <source>{full}

(Click to pin it beside the stage.)</source>
        <translation>{full}

（单击可将其固定在阶段旁边。）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/stage/drawing.py" line="339"/>
        <source>Z_{head} → columns {first}–{last}</source>
        <translation>Z_{head} → 第 {first}–{last} 列</translation>
    </message>
</context>
<context>
    <name>StageNotes</name>
    <message>
        <location filename="../../attn_gui/ui/explain/stage_notes.py" line="35"/>
        <source>The rule: A (m × p) · B (p × q) is defined only when the columns of A equal the rows of B, and gives (m × q). Here ({m}, {p}) · ({p2}, {q}): {p} columns meet {p2} rows, so the product is ({m}, {q}); each of its {cells} cells is one dot product of {p} terms.</source>
        <translation>规则：只有当 A 的列数等于 B 的行数时，A (m × p) · B (p × q) 才有定义，结果是 (m × q)。这里是 ({m}, {p}) · ({p2}, {q})：{p} 列对上 {p2} 行，所以乘积是 ({m}, {q})；它的 {cells} 个格子，每个都是一个 {p} 项的点积。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/stage_notes.py" line="45"/>
        <source>Think of a library search. The query is the question a token brings (“what should I attend to?”); each key is a catalogue card saying what a token offers; each value is the book handed back. Q asks, K matches, V is returned. All three are learned projections of the same X_in, so one token can ask one thing and offer another.</source>
        <translation>想象在图书馆检索。查询是一个词元带来的问题（“我该关注什么？”）；每个键是一张目录卡片，写着一个词元能提供什么；每个值是最后交到你手上的书。Q 提问，K 匹配，V 被取回。三者都是同一个 X_in 经过学习得到的投影，所以一个词元可以问一件事、提供另一件事。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/stage_notes.py" line="58"/>
        <source>Cross-attention: the queries come from the decoder&apos;s {n_q} tokens, the keys and values from the encoder&apos;s {n_kv}. The scores will be ({n_q}, {n_kv}) and the output ({n_q}, d_model).</source>
        <translation>交叉注意力：查询来自解码器的 {n_q} 个词元，键和值来自编码器的 {n_kv} 个词元。得分矩阵将是 ({n_q}, {n_kv})，输出是 ({n_q}, d_model)。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/stage_notes.py" line="72"/>
        <source>Q · K would be ({n}, {d_k}) · ({n_kv}, {d_k}): {d_k} columns cannot meet {n_kv} rows. Laid down, Kᵀ is ({d_k}, {n_kv}), and Q · Kᵀ is ({n}, {n_kv}): one score for every query–key pair.</source>
        <translation>Q · K 会是 ({n}, {d_k}) · ({n_kv}, {d_k})：{d_k} 列对不上 {n_kv} 行。把 K 放倒，Kᵀ 是 ({d_k}, {n_kv})，于是 Q · Kᵀ 是 ({n}, {n_kv})：每一对查询和键各得一个分数。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/stage_notes.py" line="79"/>
        <source>Here d_k = n = {d_k}, so Q · K happens to be defined, but it would pair query numbers with the wrong key numbers. Only Q · Kᵀ multiplies each query by each whole key: ({n}, {d_k}) · ({d_k}, {n_kv}) → ({n}, {n_kv}).</source>
        <translation>这里 d_k = n = {d_k}，所以 Q · K 恰好有定义，但它会把查询的数和错误的键的数配对。只有 Q · Kᵀ 才是用每个查询去乘每个完整的键：({n}, {d_k}) · ({d_k}, {n_kv}) → ({n}, {n_kv})。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/stage_notes.py" line="92"/>
        <source>Why √d_k: if the d_k components of q and k are independent with mean 0 and variance 1, each product q_m k_m has variance 1, and their sum q · k has variance d_k. The spread of the scores grows like √d_k; softmax then puts almost everything on one key and its gradients vanish. Dividing by √d_k brings the variance back to 1. (With d_k = 64 the divisor is 8.)</source>
        <translation>为什么是 √d_k：如果 q 和 k 的 d_k 个分量相互独立、均值为 0、方差为 1，那么每个乘积 q_m k_m 的方差是 1，它们的和 q · k 的方差是 d_k。分数的离散程度按 √d_k 增长；softmax 就会把几乎全部权重给一个键，梯度随之消失。除以 √d_k 把方差拉回 1。（d_k = 64 时除数是 8。）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/stage_notes.py" line="100"/>
        <source>Here d_k = {d_k}: every score is divided by √{d_k} ≈ {root}. Across this head&apos;s scores the variance is {before} before and {after} after.</source>
        <translation>这里 d_k = {d_k}：每个分数都除以 √{d_k} ≈ {root}。这个头的所有分数，缩放前方差为 {before}，缩放后为 {after}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/stage_notes.py" line="106"/>
        <source>Scaling is switched off in this lesson, so the scores pass unchanged (variance {before}). Switch it on under the sizes to see the difference.</source>
        <translation>本课关闭了缩放，分数原样通过（方差 {before}）。在维度设置里打开它，看看有什么不同。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/stage_notes.py" line="111"/>
        <source>View → Compare side by side shows scaled and unscaled softmax next to each other.</source>
        <translation>“视图 → 并排比较”可以把缩放和不缩放的 softmax 放在一起对比。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/stage_notes.py" line="120"/>
        <source>This lesson has no mask: every token may look at every token. Choose the causal mask under the sizes to see how a decoder is kept from peeking at the future.</source>
        <translation>本课没有掩码：每个词元都能看到所有词元。在设置中选择因果掩码，看看解码器如何被阻止偷看未来。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/stage_notes.py" line="127"/>
        <source>Row i may see keys 1 to i: the first token sees only itself, the last sees all {n}. {hidden} of the {cells} scores become −∞, and softmax turns them into exactly 0, since e^−∞ = 0. A padding mask hides padding tokens the same way.</source>
        <translation>第 i 行只能看到第 1 到第 i 个键：第一个词元只看得到自己，最后一个看得到全部 {n} 个。{cells} 个分数中有 {hidden} 个变成 −∞，softmax 把它们变成恰好为 0，因为 e^−∞ = 0。填充掩码用同样的方式遮住填充词元。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/stage_notes.py" line="146"/>
        <source>Read a row as percentages. Row “{token}”: {parts}; together 100%.</source>
        <translation>把一行读作百分比。“{token}”这一行：{parts}；合起来是 100%。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/stage_notes.py" line="149"/>
        <source>Subtracting the row&apos;s largest score first gives the same fractions, since e^(s − m) / Σ e^(s − m) = e^s / Σ e^s, but no exponential can exceed 1, so nothing overflows. A fully masked row gives zeros, never NaN.</source>
        <translation>先减去这一行最大的分数，得到的比例完全相同，因为 e^(s − m) / Σ e^(s − m) = e^s / Σ e^s，但任何指数都不会超过 1，所以不会溢出。整行都被遮住时结果是 0，绝不是 NaN。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/stage_notes.py" line="165"/>
        <source>{count} smaller terms</source>
        <translation>另外 {count} 个较小的项</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/stage_notes.py" line="168"/>
        <source>Attention is a soft lookup. A one-hot row such as (0, 1, 0) times V picks out exactly one row of V: a hard table lookup, like reading one entry of a dictionary.</source>
        <translation>注意力是一种“软”查表。像 (0, 1, 0) 这样的 one-hot 行乘以 V，恰好挑出 V 的一行：这是硬查表，就像查字典里的一个词条。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/stage_notes.py" line="173"/>
        <source>A softmax row is a “soft one-hot”: row “{token}” of Z = {blend}, a blend of every value row. Because the weights change smoothly with Q and K, this lookup is differentiable, so it can be learned. View → Compare side by side puts a one-hot query beside a softmax row.</source>
        <translation>softmax 的一行是“软的 one-hot”：Z 的“{token}”行 = {blend}，是所有值行的混合。因为权重随 Q 和 K 平滑变化，这种查表是可微的，所以可以学习。“视图 → 并排比较”把 one-hot 查询和 softmax 行放在一起。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/stage_notes.py" line="184"/>
        <source>{h} heads, each Z_i of shape ({n}, {d_v}); side by side they make ({n}, {h} · {d_v}) = ({n}, {width}). Each head has its own W_Q, W_K, W_V, so each can attend to something different.</source>
        <translation>{h} 个头，每个 Z_i 的形状是 ({n}, {d_v})；并排放在一起得到 ({n}, {h} · {d_v}) = ({n}, {width})。每个头有自己的 W_Q、W_K、W_V，所以每个头可以关注不同的东西。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/stage_notes.py" line="194"/>
        <source>Around attention: the shapes through a whole Transformer block</source>
        <translation>注意力的前后：形状如何穿过整个 Transformer 块</translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/explain/stage_notes.py" line="202"/>
        <source>d_ff = 4 · d_model, as in the original Transformer. The vocabulary here is the sentence&apos;s {vocab} distinct tokens; GPT-2&apos;s has 50,257.</source>
        <translation>d_ff = 4 · d_model，和最初的 Transformer 一样。这里的词表就是句子中 {vocab} 个不同的词元；GPT-2 的词表有 50,257 个。</translation>
    </message>
</context>
<context>
    <name>TransformerBlock</name>
    <message>
        <location filename="../../attn_gui/timeline/transformer_block.py" line="34"/>
        <source>Input: embeddings plus positions, X_in</source>
        <translation>输入：词嵌入加位置编码，X_in</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/transformer_block.py" line="36"/>
        <source>Multi-head attention (this lesson)</source>
        <translation>多头注意力（本课内容）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/transformer_block.py" line="39"/>
        <source>Residual: add X_in back, then LayerNorm</source>
        <translation>残差：加回 X_in，再做 LayerNorm</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/transformer_block.py" line="43"/>
        <source>Feed-forward, first layer · W_1 (widen to d_ff)</source>
        <translation>前馈网络第一层 · W_1（扩宽到 d_ff）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/transformer_block.py" line="47"/>
        <source>ReLU or GELU, cell by cell</source>
        <translation>逐格做 ReLU 或 GELU</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/transformer_block.py" line="51"/>
        <source>Feed-forward, second layer · W_2 (back to d_model)</source>
        <translation>前馈网络第二层 · W_2（回到 d_model）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/transformer_block.py" line="55"/>
        <source>Residual and LayerNorm again: the next block&apos;s input</source>
        <translation>再做一次残差和 LayerNorm：下一个块的输入</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/transformer_block.py" line="59"/>
        <source>After the last block: · W_vocab</source>
        <translation>最后一个块之后：· W_vocab</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/transformer_block.py" line="63"/>
        <source>Softmax per row: next-token probabilities</source>
        <translation>逐行 softmax：下一个词元的概率</translation>
    </message>
</context>
<context>
    <name>Where</name>
    <message>
        <location filename="../../attn_gui/timeline/steps/scene.py" line="76"/>
        <source>cell {n} of {count}</source>
        <translation>第 {n} 个单元格（共 {count} 个）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/scene.py" line="77"/>
        <source>row {n} of {count}</source>
        <translation>第 {n} 行（共 {count} 行）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/scene.py" line="78"/>
        <source>head {n} of {count}</source>
        <translation>第 {n} 个头（共 {count} 个）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/scene.py" line="79"/>
        <source>the whole stage at once</source>
        <translation>整个阶段一次显示</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/scene.py" line="80"/>
        <source>term {term} of {terms} of {cell}</source>
        <translation>{cell} 的第 {term} 项（共 {terms} 项）</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/scene.py" line="81"/>
        <source>row {n} of {count}: the exponentials</source>
        <translation>第 {n} 行（共 {count} 行）：指数</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/scene.py" line="82"/>
        <source>row {n} of {count}: their sum</source>
        <translation>第 {n} 行（共 {count} 行）：求和</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/scene.py" line="83"/>
        <source>row {n} of {count}: the division</source>
        <translation>第 {n} 行（共 {count} 行）：相除</translation>
    </message>
    <message>
        <location filename="../../attn_gui/timeline/steps/scene.py" line="84"/>
        <source>row {n} of {count}: as percentages</source>
        <translation>第 {n} 行（共 {count} 行）：化为百分比</translation>
    </message>
</context>
<context>
    <name>WriteError</name>
    <message>
        <location filename="../../attn_gui/export/write_errors.py" line="14"/>
        <source>The folder {folder} does not allow new files.</source>
        <translation>文件夹 {folder} 不允许新建文件。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/write_errors.py" line="16"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/write_errors.py" line="18"/>
        <source>No permission to write in the folder {folder}.</source>
        <translation>没有在文件夹 {folder} 中写入的权限。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/write_errors.py" line="20"/>
        <source>{path} is a folder, not a file name.</source>
        <translation>{path} 是文件夹，不是文件名。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/write_errors.py" line="22"/>
        <source>{folder} is not a folder.</source>
        <translation>{folder} 不是文件夹。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/write_errors.py" line="24"/>
        <source>The disk is full: {path} was not written.</source>
        <translation>磁盘已满：没有写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/write_errors.py" line="26"/>
        <source>The folder {folder} is read-only.</source>
        <translation>文件夹 {folder} 是只读的。</translation>
    </message>
    <message>
        <location filename="../../attn_gui/export/write_errors.py" line="28"/>
        <source>Could not write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="34"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="35"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="36"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="37"/>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="38"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="39"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="40"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="41"/>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="42"/>
        <source>ignored explicit argument %r</source>
        <translation>此选项不接受值，%r 被忽略</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="43"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="44"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
</context>
</TS>
