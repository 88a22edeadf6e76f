// Import list of package richtext in pkg/richtext of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package richtext

import (
	_ "bytes"
	_ "code.vikunja.io/api/pkg/user"
	_ "fmt"
	_ "github.com/JohannesKaufmann/dom"
	_ "github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	_ "github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	_ "github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	_ "github.com/JohannesKaufmann/html-to-markdown/v2/plugin/strikethrough"
	_ "github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
	_ "github.com/yuin/goldmark"
	_ "github.com/yuin/goldmark/extension"
	_ "golang.org/x/net/html"
	_ "golang.org/x/net/html/atom"
	_ "regexp"
	_ "strings"
	_ "unicode"
	_ "unicode/utf8"
	_ "xorm.io/xorm"
)
