// Import list of package main in . of minio/mc (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/minio/mc/cmd"
	_ "github.com/minio/pkg/v3/console"
	_ "os"
)
