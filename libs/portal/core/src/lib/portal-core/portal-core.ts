import { Component } from '@angular/core';

@Component({
  selector: 'lt-portal-core',
  imports: [],
  templateUrl: './portal-core.html',
  styleUrl: './portal-core.css',
})
export class PortalCore {}
