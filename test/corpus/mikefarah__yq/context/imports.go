// Import list of package main in . of mikefarah/yq (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/mikefarah/yq/v4/cmd"
	_ "os"
)
