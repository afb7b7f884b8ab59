"""The parts of the HTML report (``--format html``), assembled by :mod:`verify.report.html_format`.

``escape``: the only way data reaches the page (escaped text, checked links);
``article``: the article's visible text with each claim marked where it stands;
``diff``: a finding's changes placed in the claim and the evidence side by side;
``assets``: the inline stylesheet, the small keyboard script and the page's
Content-Security-Policy.
"""
