package org.rapporteur.tables;

/**
 * What a workbook sheet that takes rows meeting by meeting was written from ({@code print}: a digest of its names,
 * place and styles' numbers, its columns' kinds, its rows counted and the CSV text of the rows it shows), and its part
 * in the published workbook (CRC-32 and length): a later export whose sheet has the same print copies that part
 * instead of writing the rows again.
 */
public record SheetPrint(String print, long crc, long size) {
}
