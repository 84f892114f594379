/**
 * A document's title block: its name, and under it, alone on its line, the tail a document's title
 * carries in brackets — the years it spans (`（2021-2025 年）`, `（2022—2025年）`), its edition
 * (`（2021版）`, `（2023年修订）`) or its status (`（试行）`, `（征求意见稿）`). The bracketed line says that
 * the line above it is a title: no paragraph's wrapped first line has such a line under it, and no
 * body sentence is one. The name must end as a document's does (计划, 方案, 规划, 指南, 办法 …, self-title.ts
 * DOC_NAME_END), so a heading over a dated note (`一、总体要求` / `（2021年）`) is not read as one. Pure.
 */
import { DOC_NAME_END } from './self-title.ts';

const SPAN = '(?:19|20)\\d{2}\\s*(?:年)?\\s*[-－—–~至到]{1,2}\\s*(?:19|20)\\d{2}\\s*年?';
const EDITION = '(?:19|20)\\d{2}\\s*年?\\s*(?:版|修订|修订版|修正)';
const STATUS = '试行|暂行|征求意见稿|送审稿|草案|修订稿|讨论稿';
const TAIL = new RegExp(`^[（(]\\s*(?:${SPAN}|${EDITION}|${STATUS})\\s*[）)]$`, 'u');

/** True when `below` is a document title's bracketed tail and `name` a document's name above it. */
export function titleTailBelow(name: string, below: string): boolean {
  return TAIL.test(below.trim()) && DOC_NAME_END.test(name.trim());
}
