// Import list of package mode in mode of gotify/server (the import blocks of its non-test files; no code kept)
package mode

import (
	_ "github.com/gin-gonic/gin"
)
