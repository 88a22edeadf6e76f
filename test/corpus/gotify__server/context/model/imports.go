// Import list of package model in model of gotify/server (the import blocks of its non-test files; no code kept)
package model

import (
	_ "time"
)
