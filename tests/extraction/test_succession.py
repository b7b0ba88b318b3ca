"""A post handed on: in a sentence that names only its new holder, the new holder holds the post told last before
it, the one who left it no longer does, and an acting holder holds it as interim and ends no one's post; a post
taken over "from" someone is theirs no longer."""

import pytest

from bot.extraction import extract


def roles(text: str, lang: str) -> set[tuple]:
    return {(r.person, r.title, r.org, r.former) for r in extract(text, language=lang, published="2026-07-10").roles}


@pytest.mark.parametrize(
    ("text", "lang", "expected", "unexpected"),
    [
        # the post of the sentence before, its holder gone
        ("Direktur Keuangan PT Kopitara Nusantara, Budi Hartono, mengundurkan diri pada Senin (6/7). Posisinya kini "
         "diisi Rina Wulandari, mantan kepala divisi treasury sebuah bank.", "id",
         {("Rina Wulandari", "direktur keuangan", "Kopitara Nusantara", False),
          ("Budi Hartono", "direktur keuangan", "Kopitara Nusantara", True)}, set()),
        # a sentence between the two, and the new holder described before the name
        ("Direktur Utama PT Kopitara Nusantara, Budi Hartono, ditahan pada Senin (6/7). Ia membantah tuduhan itu. "
         "Jabatan itu kini dipegang salah satu pendiri, Rina Wulandari.", "id",
         {("Rina Wulandari", "president director", "Kopitara Nusantara", False)}, set()),
        ("Budi Hartono stepped down as chief executive of Kopitara on Monday. He was replaced by Rina Wulandari, "
         "the firm's finance chief.", "en", {("Rina Wulandari", "CEO", "Kopitara", False)}, set()),
        ("An extraordinary meeting removed Kopitara chairman Budi Hartono, who had run the co-op since 2008, and "
         "elected Rina Wulandari, head of its supervisory board, in his place.", "en",
         {("Rina Wulandari", "chair", "Kopitara", False), ("Budi Hartono", "chair", "Kopitara", True)}, set()),
        # the post named in the handing-on sentence itself
        ("Kepala Dinas Pendidikan Sendangsari Budi Hartono dicopot pada Senin (6/7). Posisi Kepala Dinas Pendidikan "
         "Sendangsari kini dijabat Rina Wulandari.", "id",
         {("Rina Wulandari", "head", "Dinas Pendidikan Sendangsari", False)}, set()),
        # a post named with no holder read: the company's
        ("Direktur Utama PT Arkana Halimun Budi Hartono menyampaikan maaf, Kamis (9/7). Perseroan juga sudah mengisi "
         "kursi direktur keuangan yang kosong sejak awal Juni. Posisi itu kini dijabat Rina Wulandari, mantan bankir.",
         "id", {("Rina Wulandari", "direktur keuangan", "Arkana Halimun", False)},
         {("Rina Wulandari", "president director", "Arkana Halimun", False),
          ("Budi Hartono", "president director", "Arkana Halimun", True)}),
        # taken over from a holder named after the post: the post theirs no longer
        ("\"The plant runs again,\" said Rina Wulandari, who took over as Kopitara's commercial director last month "
         "from Budi Hartono.", "en",
         {("Rina Wulandari", "commercial director", "Kopitara", False),
          ("Budi Hartono", "commercial director", "Kopitara", True)}, set()),
        ("Rina Wulandari took over as chief executive of Kopitara from Budi Hartono in May.", "en",
         {("Rina Wulandari", "CEO", "Kopitara", False), ("Budi Hartono", "CEO", "Kopitara", True)}, set()),
        # an acting holder: the post as interim, the holder's own post kept, no one's post ended by it
        ("Direktur Utama PT Kopitara Nusantara Budi Hartono ditahan. Posisinya untuk sementara diisi Direktur "
         "Keuangan Rina Wulandari sebagai pelaksana tugas.", "id",
         {("Rina Wulandari", "interim president director", "Kopitara Nusantara", False),
          ("Rina Wulandari", "direktur keuangan", "Kopitara Nusantara", False),
          ("Budi Hartono", "president director", "Kopitara Nusantara", False)}, set()),
    ],
)
def test_the_new_holder_holds_the_post_handed_on(text, lang, expected, unexpected):
    got = roles(text, lang)
    assert expected <= got, got
    assert not unexpected & got, got


def test_a_post_not_handed_on_stays_its_holders():
    got = roles("Budi Hartono, CEO Kopitara, tidak hadir. Ia kemudian menyampaikan maaf. Jabatannya tidak berubah.", "id")
    assert got == {("Budi Hartono", "CEO", "Kopitara", False)}
