"""Write the mailroom examples of ``make run`` (``data/examples/mailroom/``): made-up letters
(SYNTHETIC, like ``letters.jsonl``: every person, address and number is invented) as they
arrive - a scanned letter, a Welsh letter, a Polish one, an email with a PDF and a Word
attachment, an RTF letter and a campaign of four near-identical letters from different people.

    python -m evaluation.mailroom_examples data/examples/mailroom
"""

from __future__ import annotations

import sys
from pathlib import Path

from evaluation.mailroom_files import docx_bytes, eml_bytes, html_bytes, pdf_bytes, rtf_bytes
from evaluation.scans import render_scan

SCANNED = """14 Harbour View
Whitby YO21 1AB

Dear Sir or Madam,

I am writing about my Council Tax Reduction. My husband died in August and since then I have had a bill for the full amount. I live on my own now on my State Pension and I cannot pay £142 a month.

I have been told I might be able to get the single person discount and help from the council. Please can you tell me what I need to send you.

Yours faithfully,

Eileen Marsh"""

WELSH = """Annwyl Syr neu Fadam,

Rwy'n ysgrifennu ynglŷn â fy nhaliad Credyd Cynhwysol. Cafodd fy nhaliad y mis hwn ei leihau gan £280 ac nid oes neb wedi esbonio pam. Mae gen i ddau o blant ac rwy'n poeni na allaf dalu'r rhent.

Hoffwn gael ateb yn Gymraeg, os gwelwch yn dda.

Fy rhif Yswiriant Gwladol yw QQ 12 34 56 C a fy rhif ffôn yw 07700 900318.

Yn gywir,
Gwenllian Price
12 Ffordd y Bryn, Aberystwyth SY23 1AA"""

POLISH = """Szanowni Państwo,

Piszę w sprawie mojego zasiłku Universal Credit. W tym miesiącu nie otrzymałem żadnej płatności i nie wiem dlaczego. Mam dwoje dzieci i nie mam pieniędzy na jedzenie.

Proszę o pilny kontakt. Mój numer telefonu to 07700 900421.

Z poważaniem,
Tomasz Nowak"""

EMAIL_BODY = """Hello,

Please find attached the letter I received from my landlord and my statement about my Housing Benefit. I need help before the date in the notice.

Thanks,
Ravi Desai
07700 900655"""

NOTICE = ("Notice seeking possession. Your landlord, Brookside Lettings, gives you notice that "
          "they require possession of 9 Mill Lane, Leeds LS6 2QT after 14 February. The rent "
          "arrears are £1,450. If you do not leave, the landlord may apply to the county court "
          "for a possession order.")
STATEMENT = [(1, "Statement about my Housing Benefit"),
             (0, "My Housing Benefit stopped in December when my hours at work changed. I sent "
                 "my payslips to the council twice but the benefit has not restarted, and that "
                 "is why the rent is behind."),
             (0, "I have lived at the flat for six years with my daughter.")]

RTF = """Dear Sir or Madam,

I applied for a Blue Badge for my mother in October and I have heard nothing since. She cannot walk more than a few steps and needs to get to her hospital appointments.

Could you tell me how long the decision takes?

Regards,
Alan Brookes
alan.brookes@example.com"""

CAMPAIGN = """Dear Councillor,

I am writing to object to the proposed closure of Hillside Library. The library is a lifeline for our community: children come to the homework club after school, older residents use the computers to manage their pensions and benefits, and job seekers rely on the free internet to look for work.

Closing it would cut people off from books, computers and a warm, safe place to spend the day. There is no other library within walking distance, and the bus service is infrequent.

I ask the council to withdraw the proposal and keep Hillside Library open.

Yours sincerely,
{name}
{address}"""
SENDERS = [("Priya Shah", "3 Elm Grove, Hillside HS1 2AB"),
           ("George Whitfield", "27 Station Road, Hillside HS1 4CD"),
           ("Maria Costa", "Flat 2, 8 Church Street, Hillside HS2 1EF"),
           ("Kwame Mensah", "15 Meadow Way, Hillside HS2 3GH")]


def write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "scanned-letter-council-tax.jpg": render_scan(SCANNED, "JPEG", seed=7, noise=0.01,
                                                      skew_degrees=1.0),
        "llythyr-credyd-cynhwysol.txt": WELSH.encode("utf-8"),
        "list-zasilek.txt": POLISH.encode("utf-8"),
        "email-possession-notice.eml": eml_bytes(EMAIL_BODY, [
            ("notice-from-landlord.pdf", "application/pdf",
             pdf_bytes([(None, NOTICE)], title="Notice")),
            ("housing-benefit-statement.docx",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             docx_bytes(STATEMENT))], subject="Eviction notice and Housing Benefit",
            sender="ravi.desai@example.com"),
        "blue-badge.rtf": rtf_bytes(RTF),
    }
    for n, (name, address) in enumerate(SENDERS, start=1):
        text = CAMPAIGN.format(name=name, address=address)
        if n == 2:
            text = text.replace("Dear Councillor,", "Dear Councillor Evans,")
        if n == 3:
            files[f"campaign-hillside-library-{n}.html"] = html_bytes(
                "Save Hillside Library", [(0, p, None) for p in text.split("\n\n")])
        elif n == 4:
            files[f"campaign-hillside-library-{n}.eml"] = eml_bytes(
                text, subject="Save Hillside Library", sender="k.mensah@example.com")
        else:
            files[f"campaign-hillside-library-{n}.txt"] = text.encode("utf-8")
    written = []
    for name, data in files.items():
        (folder / name).write_bytes(data)
        written.append(folder / name)
    return written


if __name__ == "__main__":  # pragma: no cover
    for path in write(Path(sys.argv[1] if len(sys.argv) > 1 else "data/examples/mailroom")):
        print(path)
