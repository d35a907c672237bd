<?php
/*
 * The benchmark's peer (make bench): a TCPDF script that makes the
 * scorecards alone, one PDF per body, as a PHP developer would with
 * Debian's php-tcpdf: A4, a running header, the body's name and category,
 * a score panel, a bar per stage and indicator, a QR code, a footer, the
 * font embedded as a subset (DejaVu Sans, TCPDF's default).  Only its CPU
 * time is compared with anugerah's, which makes every document.
 *
 * Usage: php bench_tcpdf.php SCORES.csv OUTDIR
 */
require_once('/usr/share/php/tcpdf/tcpdf.php');

if ($argc < 3) {
    fwrite(STDERR, "usage: php bench_tcpdf.php SCORES.csv OUTDIR\n");
    exit(2);
}
$csv = $argv[1];
$out = $argv[2];
if (!is_dir($out) && !mkdir($out, 0777, true)) {
    fwrite(STDERR, "cannot make $out\n");
    exit(1);
}

$f = fopen($csv, 'r');
$head = fgetcsv($f, 0, ';');
$head[0] = preg_replace('/^\xEF\xBB\xBF/', '', $head[0]);
$col = array_flip($head);
$parts = array('saq', 'visitasi', 'jenis_informasi', 'digitalisasi', 'kualitas_informasi',
               'pelayanan_informasi', 'komitmen_organisasi', 'sarana_prasarana');

while (($row = fgetcsv($f, 0, ';')) !== false) {
    if (count($row) < count($head))
        continue;
    $id = $row[$col['id']];
    $name = $row[$col['nama']];
    $pdf = new TCPDF('P', 'pt', 'A4', true, 'UTF-8', false);
    $pdf->SetCreator('bench');
    $pdf->SetTitle('Kartu Nilai ' . $name);
    $pdf->setPrintHeader(false);
    $pdf->setPrintFooter(false);
    $pdf->SetMargins(50, 62, 50);
    $pdf->SetAutoPageBreak(true, 58);
    $pdf->AddPage();
    $pdf->SetFont('dejavusans', '', 8);
    $pdf->SetTextColor(110, 110, 110);
    $pdf->Text(50, 30, 'Anugerah Keterbukaan Informasi Publik');
    $pdf->Line(50, 46, 545, 46);
    $pdf->write2DBarcode('https://example.org/badan/' . $id . '.html', 'QRCODE,M', 494, 62, 51, 51);
    $pdf->SetXY(50, 62);
    $pdf->SetFont('dejavusans', 'B', 8.5);
    $pdf->Cell(380, 12, 'KARTU NILAI', 0, 1);
    $pdf->SetFont('dejavusans', 'B', 17);
    $pdf->SetTextColor(0, 0, 0);
    $pdf->MultiCell(380, 20, $name, 0, 'L');
    $pdf->SetFont('dejavusans', '', 10);
    $pdf->SetTextColor(110, 110, 110);
    $pdf->Cell(380, 14, 'Kategori: ' . $row[$col['kategori']], 0, 1);
    $y = $pdf->GetY() + 14;
    $pdf->SetFillColor(243, 245, 248);
    $pdf->Rect(50, $y, 495, 84, 'F');
    $score = $row[$col['nilai_sebelumnya']];
    $pdf->SetFont('dejavusans', 'B', 28);
    $pdf->SetTextColor(41, 84, 140);
    $pdf->Text(68, $y + 30, $score);
    $y += 110;
    foreach ($parts as $p) {
        if (!isset($col[$p]))
            continue;
        $v = (float)str_replace(',', '.', $row[$col[$p]]);
        $pdf->SetFont('dejavusans', '', 10);
        $pdf->SetTextColor(0, 0, 0);
        $pdf->Text(50, $y, str_replace('_', ' ', ucfirst($p)));
        $pdf->SetFillColor(236, 236, 236);
        $pdf->Rect(300, $y + 2, 200, 10, 'F');
        $pdf->SetFillColor(41, 84, 140);
        $pdf->Rect(300, $y + 2, 2 * $v, 10, 'F');
        $pdf->SetFont('dejavusans', 'B', 10);
        $pdf->Text(510, $y, number_format($v, 2, ',', '.'));
        $y += 38;
    }
    $pdf->SetFont('dejavusans', '', 8);
    $pdf->SetTextColor(110, 110, 110);
    $pdf->Line(50, 796, 545, 796);
    $pdf->Text(50, 800, 'Komisi Informasi');
    $pdf->Output($out . '/' . preg_replace('/[^A-Za-z0-9_-]/', '_', $id) . '.pdf', 'F');
}
fclose($f);
