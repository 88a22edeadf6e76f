// Import list of package trello in pkg/modules/migration/trello of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package trello

import (
	_ "bytes"
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/files"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/modules/migration"
	_ "code.vikunja.io/api/pkg/user"
	_ "github.com/adlio/trello"
	_ "github.com/yuin/goldmark"
)
