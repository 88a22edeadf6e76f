// Import list of package main in . of go-shiori/shiori (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/go-shiori/shiori/internal/cmd"
	_ "github.com/go-shiori/shiori/internal/model"
	_ "github.com/shurcooL/vfsgen"
	_ "github.com/sirupsen/logrus"
)
