// Import list of package upload in pkg/modules/background/upload of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package upload

import (
	_ "code.vikunja.io/api/pkg/files"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/modules/background"
	_ "code.vikunja.io/api/pkg/web"
	_ "strconv"
	_ "xorm.io/xorm"
)
