"""Word (DOCX) documents: reports that consultants finish in Word."""
