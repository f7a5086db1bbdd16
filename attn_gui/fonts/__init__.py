"""The font the app ships for Chinese text (made by packaging/make_cjk_font.py; licence in OFL.txt)."""
