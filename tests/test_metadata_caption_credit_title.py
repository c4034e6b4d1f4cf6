"""A labelled photo credit with a comma ("Image source, Getty Images", "Fuente de la imagen, Archivo") is no
title candidate (cleaners.metadata._title_shaped uses patterns.IMAGE_CAPTION_RE, the boilerplate stage's own
table, rather than a second copy). Negatives: headlines that start with the same words stay candidates."""

from __future__ import annotations

import pytest

from cleaners.metadata import _title_shaped


@pytest.mark.parametrize("line", [
    "Fuente de la imagen, Archivo",
    "Image source, Getty Images",
    "Fonte da imagem, Reuters",
    "Source de l'image, AFP",
])
def test_a_labelled_credit_is_no_title_candidate(line: str) -> None:
    assert not _title_shaped(line)


@pytest.mark.parametrize("line", [
    "Image source code of the banking app leaked online",
    "Fuente de la imagen de la ciudad: un concurso fotográfico",
    "Fonte da imagem falsa é descoberta pela polícia",
])
def test_headlines_opening_with_the_same_words_stay_candidates(line: str) -> None:
    assert _title_shaped(line)
