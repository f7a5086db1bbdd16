<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="56"/>
        <source>{value!r} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="72"/>
        <source>the sentence; tokens are separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="76"/>
        <source>key/value tokens for cross-attention (the encoder side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="83"/>
        <source>one token per Chinese, Japanese or Korean character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="89"/>
        <source>embedding size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="95"/>
        <source>number of heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="98"/>
        <source>query/key size per head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="101"/>
        <source>value size per head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="104"/>
        <source>random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="110"/>
        <source>attention mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="116"/>
        <source>how tokens become vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="121"/>
        <source>do not divide the scores by sqrt(d_k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/parser.py" line="126"/>
        <source>do not add the positional encoding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigError</name>
    <message>
        <location filename="../../attn_gui/core/config.py" line="21"/>
        <source>{field} must be a whole number from {low} to {high}, got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="24"/>
        <source>{field} must be one of {allowed}, got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="25"/>
        <source>{field} must be true or false, got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="26"/>
        <source>{field} must hold numbers between -{limit:g} and {limit:g}, got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="171"/>
        <source>{field} must be a list of non-empty words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="176"/>
        <source>{field} contains characters that are not valid text; check the terminal&apos;s encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="185"/>
        <source>Enter at least one token for {field} (words separated by spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="193"/>
        <source>{field} has {value} tokens; at most {high} are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="204"/>
        <source>{field} must have {rows} rows of {cols} numbers each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="235"/>
        <source>d_model ({d_model}) must be divisible by num_heads ({num_heads}), or set d_k and d_v.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="252"/>
        <source>These sizes need about {needed} MB, more than the {limit} MB allowed: use fewer tokens, fewer heads or smaller dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="263"/>
        <source>One-hot embeddings need d_model of at least {needed} (one per distinct token), got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="275"/>
        <source>edits must be a list of (matrix, row, column, value), got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="291"/>
        <source>Supplied embeddings need {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="298"/>
        <source>{field} is only used with supplied embeddings (and cross-attention for kv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/core/config.py" line="324"/>
        <source>Each edit must be (matrix, row, column, value), got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="28"/>
        <source>Write the attention trace to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="35"/>
        <source>the file to write: .npz or .json (every matrix), .csv or .tex (one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="41"/>
        <source>the matrix for .csv and .tex, e.g. weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="46"/>
        <source>the head, from 1, for per-head matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/export_command.py" line="51"/>
        <source>decimals in .tex (0 to 17, default 4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiCommand</name>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="20"/>
        <source>Teach transformer attention step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="26"/>
        <source>render the window to this PNG file and exit, without showing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/cli/gui_command.py" line="33"/>
        <source>--screenshot writes PNG: the file name must end in .png, got {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../attn_gui/ui/main_window.py" line="17"/>
        <source>attn-gui — attention, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/main_window.py" line="21"/>
        <source>Head 1: A = softmax(Q Kᵀ / √d_k), shape {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/main_window.py" line="40"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/main_window.py" line="43"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/main_window.py" line="44"/>
        <source>&amp;About attn-gui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/main_window.py" line="46"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/main_window.py" line="51"/>
        <source>About attn-gui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../attn_gui/ui/main_window.py" line="52"/>
        <source>attn-gui {version}
Teaches transformer attention step by step.
MIT licence. Built with Qt for Python (LGPLv3), pyqtgraph (MIT) and NumPy (BSD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../attn_gui/ui/matrix_view.py" line="75"/>
        <source>−∞</source>
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
