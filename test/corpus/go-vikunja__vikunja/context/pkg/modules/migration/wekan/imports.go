// Import list of package wekan in pkg/modules/migration/wekan of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package wekan

import (
	_ "bytes"
	_ "code.vikunja.io/api/pkg/files"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/modules/migration"
	_ "code.vikunja.io/api/pkg/user"
	_ "encoding/base64"
	_ "encoding/json"
	_ "github.com/yuin/goldmark"
	_ "io"
	_ "sort"
	_ "time"
)
