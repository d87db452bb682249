/* SPDX-License-Identifier: MIT */
/*
 * src/tool/json.h - a small streaming JSON writer: objects and arrays nest,
 * commas and string escaping are handled here so the commands never build
 * JSON by hand.  Keys are given for members of objects and are NULL for
 * elements of arrays and for the top-level value.
 */
#ifndef LINKTABLE_TOOL_JSON_H
#define LINKTABLE_TOOL_JSON_H

#include <stdint.h>
#include <stdio.h>

#define JSON_MAX_DEPTH 16

struct json {
	FILE *f;
	int depth;
	int count[JSON_MAX_DEPTH]; /* values written so far at each depth */
	char close[JSON_MAX_DEPTH]; /* bracket that closes each depth */
};

/**
 * json_init() - start writing one JSON document to @f.
 * @j: the writer.
 * @f: the stream.
 */
void json_init(struct json *j, FILE *f);
/** json_obj() - open an object. @j: writer. @key: member name or NULL. */
void json_obj(struct json *j, const char *key);
/** json_arr() - open an array. @j: writer. @key: member name or NULL. */
void json_arr(struct json *j, const char *key);
/** json_end() - close the innermost object or array (newline at the top). @j: writer. */
void json_end(struct json *j);
/** json_str() - a string, or null when @s is NULL. @j: writer. @key: name. @s: value. */
void json_str(struct json *j, const char *key, const char *s);
/** json_u64() - an unsigned number. @j: writer. @key: name. @v: value. */
void json_u64(struct json *j, const char *key, uint64_t v);
/** json_i64() - a signed number. @j: writer. @key: name. @v: value. */
void json_i64(struct json *j, const char *key, int64_t v);
/** json_bool() - true or false. @j: writer. @key: name. @v: value. */
void json_bool(struct json *j, const char *key, int v);
/** json_hex() - a number as a "0x..." string (addresses). @j: writer. @key: name. @v: value. */
void json_hex(struct json *j, const char *key, uint64_t v);

#endif /* LINKTABLE_TOOL_JSON_H */
