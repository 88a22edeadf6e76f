// Import list of package background in pkg/modules/background of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package background

import (
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/web"
	_ "xorm.io/xorm"
)
