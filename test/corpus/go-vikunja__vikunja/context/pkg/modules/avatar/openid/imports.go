// Import list of package openid in pkg/modules/avatar/openid of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package openid

import (
	_ "code.vikunja.io/api/pkg/modules/avatar/upload"
	_ "code.vikunja.io/api/pkg/user"
)
