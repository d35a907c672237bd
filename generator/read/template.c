#include "template.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "input.h"
#include "labels.h"
#include "sha256.h"
#include "suggest.h"
#include "util.h"

/* The data. */

typedef enum { V_TEXT, V_BOOL, V_LIST } value_kind;

struct tpl_list {
    tpl_map **items;
    size_t n;
    tpl_map *proto;
};

typedef struct {
    char *key;
    value_kind kind;
    char *text;
    bool raw; /* markup of the document's own: never escaped */
    bool flag;
    tpl_list *list;
} entry;

struct tpl_map {
    entry *entries;
    size_t n;
};

tpl_map *tpl_map_new(void)
{
    return xcalloc(1, sizeof(tpl_map));
}

static void list_free(tpl_list *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->n; i++)
        tpl_map_free(l->items[i]);
    free(l->items);
    tpl_map_free(l->proto);
    free(l);
}

void tpl_map_free(tpl_map *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->n; i++) {
        free(m->entries[i].key);
        free(m->entries[i].text);
        list_free(m->entries[i].list);
    }
    free(m->entries);
    free(m);
}

/* The entry for key, replaced if it exists. */
static entry *put(tpl_map *m, const char *key, value_kind kind)
{
    entry *e = NULL;
    for (size_t i = 0; i < m->n; i++)
        if (strcmp(m->entries[i].key, key) == 0)
            e = &m->entries[i];
    if (e) {
        free(e->text);
        list_free(e->list);
        free(e->key);
    } else {
        m->entries = xrealloc(m->entries, (m->n + 1) * sizeof(entry));
        e = &m->entries[m->n++];
    }
    memset(e, 0, sizeof *e);
    e->key = xstrdup(key);
    e->kind = kind;
    return e;
}

void tpl_set_text(tpl_map *m, const char *key, const char *text)
{
    put(m, key, V_TEXT)->text = xstrdup(text);
}

void tpl_set_markup(tpl_map *m, const char *key, const char *text)
{
    entry *e = put(m, key, V_TEXT);
    e->text = xstrdup(text);
    e->raw = true;
}

void tpl_set_textf(tpl_map *m, const char *key, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    if (vasprintf(&s, fmt, ap) < 0)
        s = NULL;
    va_end(ap);
    put(m, key, V_TEXT)->text = s ? s : xstrdup("");
}

void tpl_set_bool(tpl_map *m, const char *key, bool value)
{
    put(m, key, V_BOOL)->flag = value;
}

tpl_list *tpl_set_list(tpl_map *m, const char *key)
{
    tpl_list *l = xcalloc(1, sizeof(tpl_list));
    l->proto = tpl_map_new();
    put(m, key, V_LIST)->list = l;
    return l;
}

tpl_map *tpl_list_add(tpl_list *l)
{
    l->items = xrealloc(l->items, (l->n + 1) * sizeof(tpl_map *));
    l->items[l->n] = tpl_map_new();
    return l->items[l->n++];
}

tpl_map *tpl_list_proto(tpl_list *l)
{
    return l->proto;
}

static const entry *find(const tpl_map *m, const char *key)
{
    for (size_t i = 0; i < m->n; i++)
        if (strcmp(m->entries[i].key, key) == 0)
            return &m->entries[i];
    return NULL;
}

/* The template. */

typedef enum { N_TEXT, N_VAR, N_SECTION, N_INVERTED } node_kind;

typedef struct node node;
struct node {
    node_kind kind;
    char *text; /* the text, or the name */
    long line;
    node *children; /* sections: the body */
    size_t n_children, cap_children;
};

struct tpl {
    char *path;
    char sha256[SHA256_HEX]; /* of the bytes read */
    node root;
    bool broken; /* malformed, kept only so that rendering finds the rest */
};

static void node_clear(node *n)
{
    for (size_t i = 0; i < n->n_children; i++)
        node_clear(&n->children[i]);
    free(n->children);
    free(n->text);
}

void tpl_free(tpl *t)
{
    if (!t)
        return;
    node_clear(&t->root);
    free(t->path);
    free(t);
}

static node *add_child(node *parent, node_kind kind, char *text, long line)
{
    if (parent->n_children == parent->cap_children) {
        parent->cap_children = parent->cap_children ? parent->cap_children * 2 : 8;
        parent->children = xrealloc(parent->children, parent->cap_children * sizeof(node));
    }
    node *n = &parent->children[parent->n_children++];
    memset(n, 0, sizeof *n);
    n->kind = kind;
    n->text = text;
    n->line = line;
    return n;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t';
}

static char *trimmed(const char *s, size_t len)
{
    while (len > 0 && (is_space(*s)))
        s++, len--;
    while (len > 0 && is_space(s[len - 1]))
        len--;
    return xstrndup(s, len);
}

static bool valid_name(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9')
              || *s == '_'))
            return false;
    return true;
}

/* True when the tag from `open` to `after` (just past its "}}") stands alone
 * on its line, blanks aside: then [*from, *to), the whole line with its line
 * break, is dropped. */
static bool standalone(const char *text, const char *open, const char *after, const char **from,
                       const char **to)
{
    const char *s = open;
    while (s > text && is_space(s[-1]))
        s--;
    if (s > text && s[-1] != '\n')
        return false;
    const char *e = after;
    while (is_space(*e))
        e++;
    if (*e == '\r')
        e++;
    if (*e != '\n' && *e != '\0')
        return false;
    *from = s;
    *to = *e == '\n' ? e + 1 : e;
    return true;
}

static tpl *parse(const char *path, const char *text, problems *pr, bool keep)
{
    tpl *t = xcalloc(1, sizeof(tpl));
    t->path = xstrdup(path);
    size_t errors = problems_count(pr);

    /* the open sections, innermost last */
    node **stack = xcalloc(1, sizeof(node *));
    size_t depth = 0;
    stack[0] = &t->root;

    const char *p = text;
    long line = 1;
    while (*p) {
        const char *open = strstr(p, "{{");
        if (!open) {
            add_child(stack[depth], N_TEXT, xstrdup(p), line);
            break;
        }
        long tag_line = line;
        for (const char *q = p; q < open; q++)
            if (*q == '\n')
                tag_line++;
        const char *close = strstr(open + 2, "}}");
        const char *nl = strchr(open + 2, '\n');
        /* a comment may run over lines; other tags may not */
        if (!close || (nl && nl < close && open[2] != '!')) {
            problems_add(pr, path, tag_line, W_TEMPLATE_UNCLOSED_MARK);
            break;
        }
        char sigil = open[2];
        bool block = sigil == '#' || sigil == '^' || sigil == '/' || sigil == '!';
        const char *text_end = open, *next = close + 2;
        const char *from, *to;
        if (block && standalone(text, open, close + 2, &from, &to)) {
            text_end = from;
            next = to;
        }
        if (text_end > p)
            add_child(stack[depth], N_TEXT, xstrndup(p, (size_t)(text_end - p)), line);

        char *name =
            trimmed(open + 2 + (block ? 1 : 0), (size_t)(close - open - 2 - (block ? 1 : 0)));
        if (sigil == '!') {
            free(name);
        } else if (!valid_name(name)) {
            problems_add(pr, path, tag_line, W_TEMPLATE_BAD_NAME, name);
            free(name);
        } else if ((sigil == '#' || sigil == '^') && depth == TPL_MAX_DEPTH) {
            problems_add(pr, path, tag_line, W_TEMPLATE_TOO_DEEP, sigil, name, TPL_MAX_DEPTH);
            free(name);
            depth = 0; /* that message is enough */
            break;
        } else if (sigil == '#' || sigil == '^') {
            node *n =
                add_child(stack[depth], sigil == '#' ? N_SECTION : N_INVERTED, name, tag_line);
            stack = xrealloc(stack, (depth + 2) * sizeof(node *));
            stack[++depth] = n;
        } else if (sigil == '/') {
            if (depth == 0) {
                problems_add(pr, path, tag_line, W_TEMPLATE_CLOSES_UNOPENED, name);
            } else if (strcmp(stack[depth]->text, name) != 0) {
                problems_add(pr, path, tag_line, W_TEMPLATE_CLOSES_WRONG, name, stack[depth]->text,
                             stack[depth]->line);
                /* close up to the section of that name, if one is open, so
                 * that one slip gives one message */
                size_t k = depth;
                while (k > 0 && strcmp(stack[k]->text, name) != 0)
                    k--;
                if (k > 0)
                    depth = k - 1;
            } else {
                depth--;
            }
            free(name);
        } else {
            add_child(stack[depth], N_VAR, name, tag_line);
        }
        for (const char *q = p; q < next; q++)
            if (*q == '\n')
                line++;
        p = next;
    }
    for (; depth > 0; depth--)
        problems_add(pr, path, stack[depth]->line, W_TEMPLATE_NEVER_CLOSED, stack[depth]->text,
                     stack[depth]->text);
    free(stack);
    if (problems_count(pr) > errors) {
        t->broken = true;
        if (!keep) {
            tpl_free(t);
            return NULL;
        }
    }
    return t;
}

tpl *tpl_parse(const char *path, const char *text, problems *pr)
{
    return parse(path, text, pr, false);
}

tpl *tpl_parse_all(const char *path, const char *text, problems *pr)
{
    return parse(path, text, pr, true);
}

static tpl *load(const char *path, problems *pr, bool keep)
{
    size_t len;
    char *text = input_read(path, W_TEMPLATE_FILE, TPL_MAX_BYTES, pr, &len);
    if (!text)
        return NULL;
    tpl *t = NULL;
    if (memchr(text, '\0', len))
        problems_add(pr, path, 0, W_TEMPLATE_NUL_BYTE);
    else
        t = parse(path, text, pr, keep);
    if (t)
        sha256_data_hex(text, len, t->sha256);
    free(text);
    return t;
}

tpl *tpl_load(const char *path, problems *pr)
{
    return load(path, pr, false);
}

tpl *tpl_load_all(const char *path, problems *pr)
{
    return load(path, pr, true);
}

bool tpl_broken(const tpl *t)
{
    return t->broken;
}

const char *tpl_sha256(const tpl *t)
{
    return t->sha256;
}

/* Rendering. */

typedef struct {
    const tpl *t;
    problems *pr;
    const tpl_map **stack;
    size_t depth;
    char *out;
    size_t len, cap;
    bool emit;             /* false while only checking an empty list's body */
    const node **reported; /* unknown names already reported */
    size_t n_reported;
    long steps;
    bool stopped; /* a limit was reached: render nothing more */
    tpl_escape_fn escape;
    /* the template's line of each line of the text, when wanted */
    bool want_lines;
    long *lines;
    size_t n_lines, lines_cap;
    bool line_open; /* the text's last line has its first character */
} renderer;

static void too_much(renderer *r, long line)
{
    problems_add(r->pr, r->t->path, line, W_TEMPLATE_TOO_MUCH, TPL_MAX_OUTPUT / (1024 * 1024),
                 TPL_MAX_LINES, TPL_MAX_STEPS);
    r->stopped = true;
}

/* Notes that a line of the text starts at the template's `line`. */
static void line_starts(renderer *r, long line)
{
    r->line_open = true;
    if ((long)r->n_lines >= TPL_MAX_LINES) {
        too_much(r, line);
        return;
    }
    if (!r->want_lines) {
        r->n_lines++;
        return;
    }
    if (r->n_lines == r->lines_cap) {
        r->lines_cap = r->lines_cap ? r->lines_cap * 2 : 256;
        r->lines = xrealloc(r->lines, r->lines_cap * sizeof(long));
    }
    r->lines[r->n_lines++] = line;
}

static void append(renderer *r, const char *s, size_t n)
{
    if (r->len + n + 1 > r->cap) {
        r->cap = (r->len + n + 1) * 2;
        r->out = xrealloc(r->out, r->cap);
    }
    memcpy(r->out + r->len, s, n);
    r->len += n;
    r->out[r->len] = '\0';
}

/* Appends s, which starts at the template's `line`; when `advances`, each
 * line break in it is one line further in the template (the template's own
 * text), else all of s is at `line` (a value). */
static void emit_at(renderer *r, const char *s, long line, bool advances)
{
    if (!r->emit || r->stopped)
        return;
    while (*s) {
        if (!r->line_open)
            line_starts(r, line);
        if (r->stopped)
            return;
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) + 1 : strlen(s);
        append(r, s, n);
        s += n;
        if (nl) {
            r->line_open = false;
            line += advances;
        }
    }
}

static void emit(renderer *r, const char *s)
{
    if (r->emit)
        append(r, s, strlen(s));
}

#define MAX_SECTIONS_NAMED 3

/* The lists anywhere in m whose items have `name`: their keys, in sections
 * (at most MAX_SECTIONS_NAMED, each once). */
static void lists_with(const tpl_map *m, const char *name, const char **sections, size_t *n,
                       int depth)
{
    if (depth > TPL_MAX_DEPTH)
        return;
    for (size_t i = 0; i < m->n && *n < MAX_SECTIONS_NAMED; i++) {
        const entry *e = &m->entries[i];
        if (e->kind != V_LIST)
            continue;
        if (find(e->list->proto, name)) {
            bool seen = false;
            for (size_t k = 0; k < *n; k++)
                seen = seen || strcmp(sections[k], e->key) == 0;
            if (!seen)
                sections[(*n)++] = e->key;
        }
        lists_with(e->list->proto, name, sections, n, depth + 1);
    }
}

/* What to say of an unknown name: where it is known, if only inside a
 * list's section, else the nearest name known here (newly allocated). */
static char *hint_for(const renderer *r, const char *name)
{
    const char *sections[MAX_SECTIONS_NAMED];
    size_t n = 0;
    lists_with(r->stack[0], name, sections, &n, 0);
    if (n > 0) {
        char *s = xstrdup(W_TEMPLATE_ONLY_INSIDE);
        for (size_t k = 0; k < n; k++) {
            const char *sep = k == 0 ? " " : k + 1 < n ? ", " : W_TEMPLATE_OR;
            char *t = xasprintf("%s%s{{#%s}}", s, sep, sections[k]);
            free(s);
            s = t;
        }
        return s;
    }
    const char *best = NULL;
    size_t best_d = (size_t)-1;
    for (size_t i = r->depth; i-- > 0;)
        for (size_t j = 0; j < r->stack[i]->n; j++) {
            const char *key = r->stack[i]->entries[j].key;
            size_t d = suggest_closeness(name, key);
            if (d < best_d) {
                best = key;
                best_d = d;
            }
        }
    if (best)
        return xasprintf(W_TEMPLATE_UNKNOWN_DID_YOU_MEAN, best);
    return xstrdup(W_TEMPLATE_UNKNOWN);
}

static const entry *lookup(renderer *r, const node *n)
{
    for (size_t i = r->depth; i-- > 0;) {
        const entry *e = find(r->stack[i], n->text);
        if (e)
            return e;
    }
    /* once per tag, however often a list repeats it */
    for (size_t i = 0; i < r->n_reported; i++)
        if (r->reported[i] == n)
            return NULL;
    r->reported = xrealloc(r->reported, (r->n_reported + 1) * sizeof(node *));
    r->reported[r->n_reported++] = n;
    char *hint = hint_for(r, n->text);
    problems_add(r->pr, r->t->path, n->line, W_TEMPLATE_MARK_PROBLEM, n->text, hint);
    free(hint);
    return NULL;
}

static void render_nodes(renderer *r, const node *nodes, size_t n);

static void push(renderer *r, const tpl_map *m)
{
    r->stack = xrealloc(r->stack, (r->depth + 1) * sizeof(tpl_map *));
    r->stack[r->depth++] = m;
}

static void render_node(renderer *r, const node *n)
{
    if (r->stopped)
        return;
    if (++r->steps > TPL_MAX_STEPS || (long)r->len > TPL_MAX_OUTPUT) {
        too_much(r, n->line);
        return;
    }
    if (n->kind == N_TEXT) {
        emit_at(r, n->text, n->line, true);
        return;
    }
    const entry *e = lookup(r, n);
    if (!e)
        return;
    if (n->kind == N_VAR) {
        if (e->kind == V_LIST)
            problems_add(r->pr, r->t->path, n->line, W_TEMPLATE_IS_LIST, n->text, n->text, n->text);
        else if (e->kind == V_TEXT && (e->raw || !r->escape || !r->emit))
            emit_at(r, e->text, n->line, false);
        else if (e->kind == V_TEXT) {
            char *escaped = r->escape(e->text);
            emit_at(r, escaped, n->line, false);
            free(escaped);
        } else
            emit_at(r, e->flag ? W_TEMPLATE_YES : W_TEMPLATE_NO, n->line, false);
        return;
    }
    bool inverted = n->kind == N_INVERTED;
    bool saved = r->emit;
    if (e->kind == V_LIST) {
        const tpl_list *l = e->list;
        bool show = inverted ? l->n == 0 : l->n > 0;
        if (inverted) {
            r->emit = saved && show;
            render_nodes(r, n->children, n->n_children);
        } else if (l->n == 0) {
            /* nothing to show, but the body is still checked */
            r->emit = false;
            push(r, l->proto);
            render_nodes(r, n->children, n->n_children);
            r->depth--;
        } else {
            for (size_t i = 0; i < l->n; i++) {
                push(r, l->items[i]);
                render_nodes(r, n->children, n->n_children);
                r->depth--;
            }
        }
    } else {
        bool truthy = e->kind == V_BOOL ? e->flag : e->text[0] != '\0';
        r->emit = saved && (inverted ? !truthy : truthy);
        render_nodes(r, n->children, n->n_children);
    }
    r->emit = saved;
}

static void render_nodes(renderer *r, const node *nodes, size_t n)
{
    for (size_t i = 0; i < n; i++)
        render_node(r, &nodes[i]);
}

char *tpl_render_lines(const tpl *t, const tpl_map *data, tpl_escape_fn escape, problems *pr,
                       long **lines)
{
    renderer r = {.t = t, .pr = pr, .emit = true, .escape = escape, .want_lines = lines != NULL};
    size_t errors = problems_count(pr);
    if (t->broken)
        r.emit = false; /* only checked: its text would be wrong */
    push(&r, data);
    emit(&r, "");
    render_nodes(&r, t->root.children, t->root.n_children);
    free(r.stack);
    free(r.reported);
    if (problems_count(pr) > errors || t->broken) {
        free(r.out);
        free(r.lines);
        return NULL;
    }
    if (lines)
        *lines = r.lines ? r.lines : xcalloc(1, sizeof(long));
    return r.out ? r.out : xstrdup("");
}

char *tpl_render(const tpl *t, const tpl_map *data, tpl_escape_fn escape, problems *pr)
{
    return tpl_render_lines(t, data, escape, pr, NULL);
}

const char *tpl_path(const tpl *t)
{
    return t->path;
}
