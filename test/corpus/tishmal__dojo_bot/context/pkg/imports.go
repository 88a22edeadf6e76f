// Import list of package pkg in pkg of tishmal/dojo_bot (the import blocks of its non-test files; no code kept)
package pkg

import (
	_ "context"
	_ "github.com/mymmrac/telego"
)
